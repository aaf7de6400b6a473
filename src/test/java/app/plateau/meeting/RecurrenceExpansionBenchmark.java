package app.plateau.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.Signing;
import app.plateau.organisation.Person;
import app.plateau.organisation.Team;
import app.plateau.organisation.TeamService;
import app.plateau.security.AccountService;
import app.plateau.security.AccountService.AccountDraft;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.Role;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A year of weekday briefings for 12 teams: expanding the series' RRULE alone
 * ({@link Recurrence#expand}, ical4j), then booking the 12 series through
 * {@link MeetingService#book} (the team resolved to its members, the leads' and members' agendas
 * checked over the year, one row per occurrence), as video meetings and as phone meetings sharing
 * one bridge (each occurrence's lines checked against the others'). In this package because the
 * expansion is package-private. Run on demand with the {@code benchmark} Maven profile (see
 * docs/benchmarks.md).
 */
@SpringBootTest
@Tag("benchmark")
class RecurrenceExpansionBenchmark {

    private static final int TEAMS = 12;
    private static final int MEMBERS = 10;
    private static final int EXPAND_WARM_UP = 3_000;
    private static final int EXPAND_RUNS = 12 * 500;

    @Autowired
    private MeetingService meetings;
    @Autowired
    private BridgeRepository bridges;
    @Autowired
    private TeamService teams;
    @Autowired
    private AccountService accounts;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EntityManagerFactory entityManagerFactory;
    @Autowired
    private Environment environment;

    private record Led(String username, long teamId) {
    }

    @AfterEach
    void signOut() {
        Signing.signOut();
    }

    @Test
    void a_year_of_weekday_briefings_for_12_teams() {
        TestSite site = fixtures.site();
        ZoneId zone = site.site().zoneId();
        LocalDate monday = LocalDate.now(zone).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDateTime first = monday.atTime(8, 45);
        String rule = Recurrence.weekdays(monday.plusYears(1).minusDays(1)).toRule(monday, zone);

        int perSeries = Recurrence.expand(rule, first, zone).size();
        for (int i = 0; i < EXPAND_WARM_UP; i++) {
            Recurrence.expand(rule, first.plusMinutes(i % 60), zone);
        }
        long expandStart = System.nanoTime();
        int expanded = 0;
        for (int i = 0; i < EXPAND_RUNS; i++) {
            expanded += Recurrence.expand(rule, first.plusMinutes(i % 60), zone).size();
        }
        double microsPerSeries = (System.nanoTime() - expandStart) / 1e3 / EXPAND_RUNS;
        assertThat(expanded).isEqualTo(EXPAND_RUNS * perSeries);

        Fixtures.asSystem(() -> bridges.save(new Bridge(site.site().getId(), "Pont des briefings",
                "+212 5 22 00 08 08", (TEAMS + 1) * (MEMBERS + 1))));
        List<Led> led = new ArrayList<>();
        for (int t = 0; t <= TEAMS; t++) {
            led.add(team(site, t));
        }
        // The thirteenth team books first, untimed, with Hibernate's statements counted.
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            book(led.get(TEAMS), first.minusHours(1), MeetingMode.VIDEO);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        long statements = statistics.getPrepareStatementCount();
        long inserts = statistics.getEntityInsertCount();

        long videoNanos = bookAll(led.subList(0, TEAMS), first, MeetingMode.VIDEO);
        long phoneNanos = bookAll(led.subList(0, TEAMS), first.withHour(10), MeetingMode.PHONE);
        int occurrences = TEAMS * perSeries;
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting_occurrence WHERE site_id = ?", Integer.class,
                site.site().getId())).isEqualTo((2 * TEAMS + 1) * perSeries);

        String database = Arrays.asList(environment.getActiveProfiles()).contains("mariadb") ? "MariaDB" : "H2";
        System.out.printf("%nRecurrence benchmark, a year of weekday briefings (%d occurrences a series), %s%n",
                perSeries, database);
        System.out.printf("  Recurrence.expand alone: %.0f µs per series (%.2f µs per occurrence), over %d series%n",
                microsPerSeries, microsPerSeries / perSeries, EXPAND_RUNS);
        System.out.printf("  one series booked: %d statements prepared by Hibernate, %d entity inserts%n",
                statements, inserts);
        print("video", videoNanos, occurrences);
        print("phone, one shared bridge", phoneNanos, occurrences);
        System.out.println();
    }

    private static void print(String what, long nanos, int occurrences) {
        double seconds = nanos / 1e9;
        System.out.printf("  booking %d series, %-24s %6.2f s  (%5.0f ms a series, %5.0f occurrences/s)%n",
                TEAMS, what + ":", seconds, seconds * 1000 / TEAMS, occurrences / seconds);
    }

    private long bookAll(List<Led> leads, LocalDateTime start, MeetingMode mode) {
        long begin = System.nanoTime();
        for (Led lead : leads) {
            book(lead, start, mode);
        }
        return System.nanoTime() - begin;
    }

    private void book(Led lead, LocalDateTime start, MeetingMode mode) {
        Signing.signIn(users, lead.username());
        LocalDate day = start.toLocalDate();
        MeetingDetails booked = meetings.book(new MeetingDraft("Briefing quotidien", null, start,
                start.plusMinutes(15), mode, null, Set.of(), Set.of(lead.teamId()),
                Recurrence.weekdays(day.plusYears(1).minusDays(1)), null, null, null, false));
        assertThat(booked.attendees()).hasSize(MEMBERS);
        Signing.signOut();
    }

    /** A team of the site with its lead (who has an account) and {@value #MEMBERS} members. */
    private Led team(TestSite site, int number) {
        return Fixtures.asSystem(() -> {
            Team team = teams.save(new Team(site.site(), "Équipe " + number + " " + Fixtures.unique("")));
            Person lead = fixtures.person(site.site(), Fixtures.unique("BL"), "Responsable " + number, team,
                    site.floor1());
            team.setLead(lead);
            teams.save(team);
            for (int m = 0; m < MEMBERS; m++) {
                fixtures.person(site.site(), Fixtures.unique("BM"), "Agent " + number + "-" + m, team,
                        site.floor1());
            }
            String username = Fixtures.unique("brieflead").toLowerCase();
            accounts.create(new AccountDraft(username, lead.getFullName(), site.site().getId(), lead.getId(),
                    EnumSet.of(Role.TEAM_LEAD)), Fixtures.PASSWORD);
            return new Led(username, team.getId());
        });
    }
}
