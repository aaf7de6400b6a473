package app.plateau.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.Signing;
import app.plateau.organisation.Person;
import app.plateau.security.AccountService;
import app.plateau.security.AccountService.AccountDraft;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.Role;
import app.plateau.security.PlateauUser;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The week agenda of a team lead with 200 meetings in one week: their weekday briefing and two
 * other series, 145 single meetings they organise (video, phone on a bridge, external links), and
 * 40 to which other leads invite them. Timed, one call after another after a warm-up: the service's
 * {@code week(monday)} (security, the agenda query, one {@link AgendaEntry} per occurrence with the
 * reader's own join link), next to a bare JDBC select of the same rows, converted to the site's
 * time; and the server side of showing that week in "My meetings" (Karibu: the week tab's "next
 * week" button, which reads the week through the service and builds its 200 blocks). Run on demand with the {@code benchmark} Maven profile
 * (see docs/benchmarks.md).
 */
@SpringBootTest
@Tag("benchmark")
class AgendaWeekBenchmark {

    private static final int MEETINGS = 200;
    private static final int WARM_UP = 100;
    private static final int RUNS = 300;
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    /** The agenda query of {@code OccurrenceRepository.agenda}, as plain SQL. */
    private static final String WEEK_SQL = """
            SELECT o.id, o.meeting_id, m.title, m.meeting_mode, m.state, o.starts_at, o.ends_at, p.full_name,
                m.organiser_id, m.recurrence, o.modified, m.video_room, m.external_url, o.bridge_id, o.pin,
                o.room_id, o.line_count
            FROM meeting_occurrence o JOIN meeting m ON m.id = o.meeting_id JOIN person p ON p.id = m.organiser_id
            WHERE o.cancelled = FALSE AND m.state IN ('REQUESTED', 'SCHEDULED') AND o.starts_at < ? AND o.ends_at > ?
                AND (m.organiser_id = ? OR EXISTS (
                    SELECT 1 FROM meeting_attendee a WHERE a.meeting_id = m.id AND a.person_id = ?))
            ORDER BY o.starts_at, o.id LIMIT 1000""";

    @Autowired
    private MeetingService meetings;
    @Autowired
    private BridgeRepository bridges;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private AccountService accounts;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EntityManagerFactory entityManagerFactory;
    @Autowired
    private Environment environment;
    @Autowired
    private ApplicationContext applicationContext;

    /** One timed path: what it does once, and how many agenda rows it gave. */
    private record Step(String name, Supplier<Integer> once) {
    }

    private record Figures(double p50, double p95, double mean, double processorMean) {
    }

    @AfterEach
    void signOut() {
        Signing.signOut();
    }

    @Test
    void the_week_agenda_of_a_team_lead_with_200_meetings() {
        String database = Arrays.asList(environment.getActiveProfiles()).contains("mariadb") ? "MariaDB" : "H2";
        if (database.equals("H2")) {
            // H2 would otherwise hand back the cached result of a query repeated on unchanged tables.
            jdbc.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
        }
        TestSite site = fixtures.site();
        ZoneId zone = site.site().zoneId();
        LocalDate monday = LocalDate.now(zone).plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long setUp = System.nanoTime();
        book(site, monday);
        long setUpMillis = (System.nanoTime() - setUp) / 1_000_000;
        Signing.signIn(users, site.username(Role.TEAM_LEAD));
        assertThat(meetings.week(monday)).hasSize(MEETINGS);

        long lead = site.lead().getId();
        Timestamp from = Timestamp.from(monday.atStartOfDay(zone).toInstant());
        Timestamp to = Timestamp.from(monday.plusDays(7).atStartOfDay(zone).toInstant());
        WeekTab weekTab = openWeekTab(site.username(Role.TEAM_LEAD), monday);
        assertThat(weekTab.blocksOfBusyWeek()).isEqualTo(MEETINGS);
        List<Step> steps = List.of(
                new Step("MeetingService.week(monday)", () -> meetings.week(monday).size()),
                new Step("bare JDBC select of the same rows", () -> bareWeek(from, to, lead, zone).size()),
                new Step("week grid of My meetings (Karibu)", weekTab::showAgain));
        for (Step step : steps) {
            for (int i = 0; i < WARM_UP; i++) {
                assertThat(step.once().get()).isEqualTo(MEETINGS);
            }
        }
        Map<String, Figures> figures = new LinkedHashMap<>();
        for (Step step : steps) {
            figures.put(step.name(), time(step));
        }
        double statements = statementsPerWeek(monday);

        System.out.printf("%nAgenda week benchmark, %d meetings in the lead's week, %s, %d runs each after %d"
                + " warm-up runs (set-up: %d meetings booked in %d ms)%n", MEETINGS, database, RUNS, WARM_UP,
                countMeetings(site), setUpMillis);
        figures.forEach((name, f) -> System.out.printf("  %-36s p50 %7.2f ms  p95 %7.2f ms  mean %7.2f ms"
                + "  (processor %6.2f ms)%n", name, f.p50(), f.p95(), f.mean(), f.processorMean()));
        Figures service = figures.get(steps.get(0).name());
        Figures bare = figures.get(steps.get(1).name());
        Figures render = figures.get(steps.get(2).name());
        System.out.printf("  ratio service / JDBC: p50 %.1f, p95 %.1f; %.1f statements per week() call%n",
                service.p50() / bare.p50(), service.p95() / bare.p95(), statements);
        System.out.printf("  ratio week grid / service: p50 %.1f, p95 %.1f%n%n", render.p50() / service.p50(),
                render.p95() / service.p95());
        MockVaadin.tearDown();
    }

    /** "My meetings" on its week tab, one week before the busy one, signed in as the lead. */
    private record WeekTab(Button previous, Button next) {

        /**
         * Shows the busy week (the timed part: reading it and building its blocks), then steps back.
         * Its blocks are counted once before the runs, outside the timing, as Karibu's search of the
         * component tree costs about half as much again as building it.
         */
        int showAgain() {
            _click(next);
            _click(previous);
            return MEETINGS;
        }

        int blocksOfBusyWeek() {
            _click(next);
            int blocks = _find(Div.class, spec -> spec.withClasses("week-block")).size();
            _click(previous);
            return blocks;
        }
    }

    private WeekTab openWeekTab(String username, LocalDate busyMonday) {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("app.plateau"),
                applicationContext, UI::new));
        UI.getCurrent().setLocale(Locale.FRENCH);
        PlateauUser user = users.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.roles().stream().anyMatch(r -> r.name().equals(role)));
        UI.getCurrent().navigate("meetings");
        _get(TabSheet.class).setSelectedIndex(1);
        Button previous = _get(Button.class, spec -> spec.withAttribute("aria-label", "Semaine précédente"));
        Button next = _get(Button.class, spec -> spec.withAttribute("aria-label", "Semaine suivante"));
        LocalDate shown = LocalDate.now(ZoneId.of("Africa/Casablanca"))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (; shown.isBefore(busyMonday.minusWeeks(1)); shown = shown.plusWeeks(1)) {
            _click(next);
        }
        return new WeekTab(previous, next);
    }

    /** Wall time of each run, and the calling thread's processor time, which other work on the machine disturbs less. */
    private static Figures time(Step step) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[RUNS];
        long total = 0;
        long processorStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            int rows = step.once().get();
            nanos[i] = System.nanoTime() - start;
            total += nanos[i];
            assertThat(rows).isEqualTo(MEETINGS);
        }
        long processor = threads.getCurrentThreadCpuTime() - processorStart;
        Arrays.sort(nanos);
        return new Figures(nanos[RUNS / 2] / 1e6, nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6,
                total / 1e6 / RUNS, processor / 1e6 / RUNS);
    }

    /** The rows the agenda shows, read with one statement and turned into the site's local times. */
    private List<Object[]> bareWeek(Timestamp from, Timestamp to, long personId, ZoneId zone) {
        return jdbc.query(WEEK_SQL, statement -> {
            statement.setTimestamp(1, to, UTC);
            statement.setTimestamp(2, from, UTC);
            statement.setLong(3, personId);
            statement.setLong(4, personId);
        }, (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), LocalDateTime.ofInstant(rs.getTimestamp(6, UTC).toInstant(), zone),
                LocalDateTime.ofInstant(rs.getTimestamp(7, UTC).toInstant(), zone), rs.getString(8), rs.getLong(9),
                rs.getString(10), rs.getBoolean(11), rs.getString(12), rs.getString(13), rs.getObject(14),
                rs.getString(15), rs.getObject(16), rs.getInt(17)});
    }

    /** What Hibernate sends for one call, counted outside the timed runs. */
    private double statementsPerWeek(LocalDate monday) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            for (int i = 0; i < 10; i++) {
                meetings.week(monday);
            }
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        return statistics.getPrepareStatementCount() / 10.0;
    }

    private int countMeetings(TestSite site) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM meeting WHERE site_id = ?", Integer.class,
                site.site().getId());
    }

    // --- set-up, not timed ---

    /**
     * Books the lead's week through the service, as organisers would: 3 series (5 + 3 + 7 occurrences
     * in the week), 145 single meetings of the lead, 10 minutes each back to back on weekdays, and 40
     * meetings of four other leads with the lead invited, at times the lead is busy (confirmed).
     */
    private void book(TestSite site, LocalDate monday) {
        List<Long> team = new ArrayList<>(List.of(site.agent().getId()));
        for (int i = 0; i < 8; i++) {
            team.add(fixtures.person(site.site(), Fixtures.unique("W"), "Membre " + i, site.team(), site.floor1())
                    .getId());
        }
        Fixtures.asSystem(() -> bridges.save(new Bridge(site.site().getId(), "Pont agenda", "+212 5 22 00 07 07",
                1000)));
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // In no team: the lead's team meetings would keep them busy when they organise theirs.
            Person other = fixtures.person(site.site(), Fixtures.unique("OL"), "Autre responsable " + i, null,
                    site.floor1());
            String username = Fixtures.unique("otherlead").toLowerCase();
            Fixtures.asSystem(() -> accounts.create(new AccountDraft(username, other.getFullName(),
                    site.site().getId(), other.getId(), EnumSet.of(Role.TEAM_LEAD)), Fixtures.PASSWORD));
            others.add(username);
        }

        Signing.signIn(users, site.username(Role.TEAM_LEAD));
        Set<Long> teamIds = Set.of(site.team().getId());
        int inWeek = 0;
        meetings.book(draft("Briefing quotidien", monday.atTime(8, 45), 15, Set.of(), MeetingMode.VIDEO)
                .withTeams(teamIds).withRecurrence(Recurrence.weekdays(monday.plusYears(1).minusDays(1))));
        inWeek += 5;
        meetings.book(draft("Point qualité", monday.atTime(16, 0), 30, Set.copyOf(team.subList(0, 3)),
                MeetingMode.PHONE).withRecurrence(new Recurrence(Recurrence.Repeat.WEEKLY,
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), null, 20)));
        inWeek += 3;
        meetings.book(draft("Relève de midi", monday.atTime(12, 0), 15, Set.copyOf(team.subList(3, 6)),
                MeetingMode.VIDEO).withExternalUrl("https://teams.example.com/l/meetup/relève")
                .withRecurrence(new Recurrence(Recurrence.Repeat.DAILY, Set.of(), monday.plusWeeks(8), null)));
        inWeek += 7;

        int singles = MEETINGS - inWeek - 40;
        int booked = 0;
        for (int day = 0; day < 5 && booked < singles; day++) {
            for (LocalTime time = LocalTime.of(9, 0); booked < singles && time.isBefore(LocalTime.of(16, 0));
                    time = time.plusMinutes(10)) {
                if (!time.isBefore(LocalTime.of(12, 0)) && time.isBefore(LocalTime.of(12, 20))) {
                    continue;
                }
                MeetingMode mode = booked % 10 >= 6 && booked % 10 <= 8 ? MeetingMode.PHONE : MeetingMode.VIDEO;
                Set<Long> invited = Set.of(team.get(booked % team.size()), team.get((booked + 1) % team.size()));
                MeetingDraft draft = draft("Entretien " + booked, monday.plusDays(day).atTime(time), 10, invited, mode);
                if (booked % 10 == 9) {
                    draft = draft.withExternalUrl("https://zoom.example.com/j/" + booked);
                } else if (booked % 7 == 0) {
                    draft = draft.withTeams(teamIds);
                }
                meetings.book(draft);
                booked++;
            }
        }
        for (int i = 0; i < 40; i++) {
            Signing.signIn(users, others.get(i % others.size()));
            LocalDateTime start = monday.plusDays(i % 5).atTime(9, 0).plusMinutes(20L * (i / 4));
            meetings.book(draft("Réunion transverse " + i, start, 20, Set.of(site.lead().getId(),
                    team.get(i % team.size())), i % 3 == 0 ? MeetingMode.PHONE : MeetingMode.VIDEO).confirmed());
        }
    }

    private static MeetingDraft draft(String title, LocalDateTime start, int minutes, Set<Long> people,
            MeetingMode mode) {
        return new MeetingDraft(title, null, start, start.plusMinutes(minutes), mode, null, people, Set.of(),
                Recurrence.NONE, null, null, null, true);
    }
}
