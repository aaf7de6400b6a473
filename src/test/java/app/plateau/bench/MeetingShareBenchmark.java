package app.plateau.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.Signing;
import app.plateau.meeting.MeetingStatistics;
import app.plateau.meeting.WeekShare;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * How long the weekly share of remote meetings takes for eight weeks of a site holding 100,000
 * occurrences in that period (2,000 meetings of 50 occurrences, all modes and states), next to a
 * second site of the same size that the query must leave aside. Rows go in through bare JDBC; the
 * figure is the median of ten calls (of four to eight weeks each) after two warm-up calls. Run on demand with the
 * {@code benchmark} Maven profile (see docs/benchmarks.md).
 */
@SpringBootTest
@Tag("benchmark")
class MeetingShareBenchmark {

    private static final int MEETINGS = 2000;
    private static final int OCCURRENCES = 50;
    private static final int WEEKS = 8;
    private static final String[] MODES = {"VIDEO", "VIDEO", "PHONE", "PHYSICAL"};
    private static final String[] STATES = {"SCHEDULED", "SCHEDULED", "SCHEDULED", "CANCELLED", "DENIED"};

    @Autowired
    private MeetingStatistics statistics;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private Environment environment;

    @AfterEach
    void signOut() {
        Signing.signOut();
    }

    @Test
    void eight_weeks_of_100000_occurrences() throws SQLException {
        TestSite site = fixtures.site();
        TestSite other = fixtures.site();
        LocalDate monday = LocalDate.now(site.site().zoneId()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(WEEKS - 1L);
        long inserting = System.nanoTime();
        fill(site, monday);
        fill(other, monday);
        long insertMillis = (System.nanoTime() - inserting) / 1_000_000;

        Signing.signIn(users, site.username(Role.AUDITOR));
        List<WeekShare> weeks = List.of();
        for (int i = 0; i < 2; i++) {
            weeks = statistics.weeklyShare(site.site().getId(), monday, WEEKS);
        }
        long counted = weeks.stream().mapToLong(WeekShare::total).sum();
        // Each timed call asks for other weeks: H2 would otherwise hand back the result it kept of the
        // same query on unchanged tables.
        long[] times = new long[10];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            statistics.weeklyShare(site.site().getId(), monday.plusWeeks(i % 2), WEEKS - i / 2 - i % 2);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);

        String database = Arrays.asList(environment.getActiveProfiles()).contains("mariadb") ? "MariaDB" : "H2";
        System.out.printf("%nMeeting share benchmark, %s: %d occurrences per site over %d weeks, 2 sites%n",
                database, MEETINGS * OCCURRENCES, WEEKS);
        System.out.printf("  rows inserted in:  %6d ms%n", insertMillis);
        System.out.printf("  weeklyShare median: %6.1f ms (min %.1f, max %.1f)%n", times[5] / 1e6, times[0] / 1e6,
                times[times.length - 1] / 1e6);
        System.out.printf("  occurrences counted: %d%n%n", counted);
        // Every mode held (3 of 5 states) counts; cancelled and denied meetings do not.
        assertThat(counted).isEqualTo(MEETINGS * OCCURRENCES * 3L / 5);
    }

    /** 2,000 meetings of the site's lead, each with 50 occurrences spread over the eight weeks. */
    private void fill(TestSite site, LocalDate monday) throws SQLException {
        long siteId = site.site().getId();
        Instant first = monday.atStartOfDay(site.site().zoneId()).toInstant();
        long spanMinutes = WEEKS * 7L * 24 * 60;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO meeting (site_id, uid, title,"
                    + " organiser_id, meeting_mode, state, first_start_local, duration_minutes, created_at,"
                    + " created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 30, ?, 'bench', ?)",
                    new String[] {"id"})) {
                LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
                for (int m = 0; m < MEETINGS; m++) {
                    insert.setLong(1, siteId);
                    insert.setString(2, UUID.randomUUID() + "@bench");
                    insert.setString(3, "Réunion " + m);
                    insert.setLong(4, site.lead().getId());
                    insert.setString(5, MODES[m % MODES.length]);
                    insert.setString(6, STATES[m % STATES.length]);
                    insert.setObject(7, monday.atTime(9, 0));
                    insert.setObject(8, now);
                    insert.setObject(9, now);
                    insert.addBatch();
                }
                insert.executeBatch();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
            }
            assertThat(ids).hasSize(MEETINGS);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO meeting_occurrence (meeting_id,"
                    + " site_id, original_start, starts_at, ends_at, line_count) VALUES (?, ?, ?, ?, ?, 2)")) {
                for (int m = 0; m < MEETINGS; m++) {
                    for (int o = 0; o < OCCURRENCES; o++) {
                        long offset = (long) (m * OCCURRENCES + o) * 7919 % spanMinutes;
                        Instant start = first.plusSeconds(offset * 60);
                        // Instants are kept as UTC wall-clock times (hibernate.jdbc.time_zone=UTC).
                        LocalDateTime at = LocalDateTime.ofInstant(start, ZoneOffset.UTC);
                        insert.setLong(1, ids.get(m));
                        insert.setLong(2, siteId);
                        insert.setObject(3, at);
                        insert.setObject(4, at);
                        insert.setObject(5, at.plusMinutes(30));
                        insert.addBatch();
                    }
                    if (m % 100 == 99) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }
}
