package app.plateau.health;

import app.plateau.BenchRows;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.Signing;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.LongToIntFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The contact list of one person over 14 days on a site of 3,000 people with 90 days of presence
 * history: about two stays per person per working day on 15 floors (a morning and an afternoon, one
 * afternoon in ten on another floor after a move at noon, one person in twenty on a night shift
 * across midnight), written with bare JDBC batches. Timed, one call after another after a warm-up,
 * each run tracing another person: {@code ContactListService.contacts} (security, both history
 * reads, the meeting read, the overlaps merged in Java, names and floors, the access log written)
 * next to a bare SQL self-join that sums the same overlaps. Run on demand with the {@code benchmark}
 * Maven profile (see docs/benchmarks.md).
 */
@SpringBootTest
@Tag("benchmark")
class ContactListBenchmark {

    private static final int PEOPLE = 3000;
    private static final int FLOORS = 15;
    private static final int DAYS = 90;
    private static final int WARM_UP = 30;
    private static final int RUNS = 100;
    private static final Duration WINDOW = Duration.ofDays(14);
    /** Every pair of the traced person's stays and another's on the same floor, clipped to the window. */
    private static final String SELF_JOIN = """
            SELECT o.person_id, SUM(TIMESTAMPDIFF(SECOND,
                    GREATEST(p.started_at, o.started_at, ?),
                    LEAST(COALESCE(p.ended_at, ?), COALESCE(o.ended_at, ?), ?))) AS together
            FROM presence p JOIN presence o ON o.floor_id = p.floor_id AND o.person_id <> p.person_id
                AND o.started_at < COALESCE(p.ended_at, ?) AND (o.ended_at IS NULL OR o.ended_at > p.started_at)
            WHERE p.person_id = ? AND p.started_at < ? AND (p.ended_at IS NULL OR p.ended_at > ?)
                AND o.started_at < ? AND (o.ended_at IS NULL OR o.ended_at > ?)
            GROUP BY o.person_id
            HAVING SUM(TIMESTAMPDIFF(SECOND, GREATEST(p.started_at, o.started_at, ?),
                    LEAST(COALESCE(p.ended_at, ?), COALESCE(o.ended_at, ?), ?))) > 0
            ORDER BY together DESC""";

    @Autowired
    private ContactListService contactLists;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Environment environment;

    private record Figures(double p50, double p95, double mean) {
    }

    @AfterEach
    void signOut() {
        Signing.signOut();
    }

    @Test
    void the_contact_list_of_one_person_over_14_days_on_a_site_of_3000_people() throws SQLException {
        String database = Arrays.asList(environment.getActiveProfiles()).contains("mariadb") ? "MariaDB" : "H2";
        if (database.equals("H2")) {
            // H2 would otherwise hand back the cached result of a query repeated on unchanged tables.
            jdbc.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
        }
        TestSite site = fixtures.site();
        long inserting = System.nanoTime();
        List<Long> people = fill(site);
        long stays = jdbc.queryForObject("SELECT count(*) FROM presence WHERE site_id = ?", Long.class,
                site.site().getId());
        long insertMillis = (System.nanoTime() - inserting) / 1_000_000;

        Signing.signIn(users, site.username(Role.HEALTH_OFFICER));
        Instant to = Instant.now();
        Instant from = to.minus(WINDOW);
        long[] traced = people.stream().limit(WARM_UP + RUNS).mapToLong(Long::longValue).toArray();
        LongToIntFunction service = person -> contactLists.contacts(person, from, to).contacts().size();
        LongToIntFunction bare = person -> selfJoin(person, from, to);
        for (int i = 0; i < 5; i++) {
            assertThat(service.applyAsInt(traced[i])).isEqualTo(bare.applyAsInt(traced[i]));
        }
        int contacts = service.applyAsInt(traced[0]);
        Figures serviceFigures = time(service, traced);
        Figures bareFigures = time(bare, traced);

        System.out.printf("%nContact list benchmark, %s: %d people, %d floors, %d days, %d stays (inserted in %d ms);"
                + " window %d days, %d runs each (one person each) after %d warm-up runs; first person: %d contacts%n",
                database, PEOPLE, FLOORS, DAYS, stays, insertMillis, WINDOW.toDays(), RUNS, WARM_UP, contacts);
        print("ContactListService.contacts", serviceFigures);
        print("bare SQL self-join", bareFigures);
        System.out.printf("  ratio service / SQL: p50 %.1f, p95 %.1f%n%n", serviceFigures.p50() / bareFigures.p50(),
                serviceFigures.p95() / bareFigures.p95());
    }

    private static void print(String name, Figures figures) {
        System.out.printf("  %-30s p50 %7.2f ms  p95 %7.2f ms  mean %7.2f ms%n", name, figures.p50(), figures.p95(),
                figures.mean());
    }

    private static Figures time(LongToIntFunction once, long[] traced) {
        for (int i = 0; i < WARM_UP; i++) {
            once.applyAsInt(traced[i]);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            once.applyAsInt(traced[WARM_UP + i]);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double mean = Arrays.stream(millis).average().orElse(0);
        Arrays.sort(millis);
        return new Figures(millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1], mean);
    }

    private int selfJoin(long person, Instant from, Instant to) {
        LocalDateTime f = utc(from);
        LocalDateTime t = utc(to);
        return jdbc.query(SELF_JOIN, (ResultSet rows) -> {
            int count = 0;
            while (rows.next()) {
                count++;
            }
            return count;
        }, f, t, t, t, t, person, t, f, t, f, f, t, t, t);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /**
     * 3,000 people spread over 15 floors and 90 days of their stays, ending yesterday. Times in the
     * site's zone, stored as UTC wall-clock times (hibernate.jdbc.time_zone=UTC). Returns the people
     * in a shuffled order, to trace one after another.
     */
    private List<Long> fill(TestSite site) throws SQLException {
        long siteId = site.site().getId();
        ZoneId zone = site.site().zoneId();
        Random random = new Random(42);
        List<Long> floors = new ArrayList<>();
        List<Long> people = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            floors.addAll(BenchRows.floors(connection, siteId, FLOORS, 300, 200));
            people.addAll(BenchRows.people(connection, siteId, PEOPLE, "B", floors));
            assertThat(people).hasSize(PEOPLE);
            LocalDate today = LocalDate.now(zone);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO presence (site_id, person_id,"
                    + " floor_id, started_at, start_kind, started_by, ended_at, end_kind, ended_by)"
                    + " VALUES (?, ?, ?, ?, ?, 'bench', ?, ?, 'bench')")) {
                int batched = 0;
                for (LocalDate day = today.minusDays(DAYS); day.isBefore(today); day = day.plusDays(1)) {
                    if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                        continue;
                    }
                    for (int p = 0; p < PEOPLE; p++) {
                        // Saturdays are worked by a third of the people.
                        if (day.getDayOfWeek() == DayOfWeek.SATURDAY && p % 3 != 0) {
                            continue;
                        }
                        long person = people.get(p);
                        long home = floors.get(p % FLOORS);
                        boolean night = p % 20 == 0;
                        LocalDateTime start = night ? day.atTime(22, 0) : day.atTime(8, 0);
                        start = start.plusMinutes(random.nextInt(60) - 30);
                        LocalDateTime pause = start.plusMinutes(210 + random.nextInt(60));
                        LocalDateTime back = night ? pause : pause.plusMinutes(30 + random.nextInt(40));
                        LocalDateTime end = back.plusMinutes(200 + random.nextInt(70));
                        boolean moves = random.nextInt(10) == 0;
                        long afternoon = moves ? floors.get((p + 1 + random.nextInt(FLOORS - 1)) % FLOORS) : home;
                        String firstEnd = night || moves ? "MOVE" : "MANUAL";
                        add(insert, siteId, person, home, start, "MANUAL", pause, firstEnd, zone);
                        add(insert, siteId, person, afternoon, back, firstEnd, end, "MANUAL", zone);
                        batched += 2;
                        if (batched >= 2000) {
                            insert.executeBatch();
                            batched = 0;
                        }
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
        java.util.Collections.shuffle(people, random);
        return people;
    }

    private static void add(PreparedStatement insert, long siteId, long person, long floor, LocalDateTime start,
            String startKind, LocalDateTime end, String endKind, ZoneId zone) throws SQLException {
        insert.setLong(1, siteId);
        insert.setLong(2, person);
        insert.setLong(3, floor);
        insert.setObject(4, utc(start.atZone(zone).toInstant()));
        insert.setString(5, startKind);
        insert.setObject(6, utc(end.atZone(zone).toInstant()));
        insert.setString(7, endKind);
        insert.addBatch();
    }
}
