package app.plateau.bench;

import app.plateau.BenchRows;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.Signing;
import app.plateau.occupancy.Board;
import app.plateau.occupancy.MovementFilter;
import app.plateau.occupancy.MovementService;
import app.plateau.occupancy.PresenceService;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.WorkingPeriod;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.Role;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Today" on a site with a year of history: 3,000 people with two stays a working day for a year
 * (about 2.2 million presence rows) and a check-in line a day each in the journal (about 1.1
 * million), written with INSERT … SELECT over a generated day range, then today's stays and
 * check-in lines for half of them. For each read the board, the history and the start pages make of
 * "today", prints its {@code EXPLAIN} and its median time, and on MariaDB the same read as it ran before V13's index
 * ({@code IGNORE INDEX}); then the board and the history page through their services. Run on demand
 * with the {@code benchmark} Maven profile (docs/benchmarks.md); asserts only that the reads agree.
 * The timed jobs are off: the end-of-day sweep would close the stays written here without their
 * counters.
 */
@SpringBootTest(properties = "plateau.scheduling.enabled=false")
@Tag("benchmark")
class TodayQueriesBenchmark {

    private static final int PEOPLE = Integer.getInteger("bench.people", 3000);
    private static final int DAYS = Integer.getInteger("bench.days", 365);
    private static final int FLOORS = 12;
    private static final int WARM_UP = 3;
    private static final int RUNS = 15;

    @Autowired
    private Fixtures fixtures;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Environment environment;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private PresenceService presence;
    @Autowired
    private MovementService movements;
    @Autowired
    private SiteService sites;

    private boolean mariadb;

    @AfterEach
    void signOut() {
        Signing.signOut();
    }

    @Test
    void todays_reads_on_a_site_with_a_year_of_history() throws SQLException {
        mariadb = Arrays.asList(environment.getActiveProfiles()).contains("mariadb");
        if (!mariadb) {
            jdbc.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
        }
        TestSite site = fixtures.site();
        long siteId = site.site().getId();
        long filling = System.nanoTime();
        List<Long> people = fill(siteId);
        long fillMillis = (System.nanoTime() - filling) / 1_000_000;
        long stays = count("SELECT count(*) FROM presence WHERE site_id = ?", siteId);
        long lines = count("SELECT count(*) FROM movement WHERE site_id = ?", siteId);
        if (mariadb) {
            jdbc.execute("ANALYZE TABLE presence, movement");
        }

        Signing.signIn(users, site.username(Role.SITE_MANAGER));
        Instant now = Instant.now();
        WorkingPeriod period = sites.workingPeriod(siteId, now);
        Timestamp since = utc(period.start());
        Timestamp until = utc(now);
        // Someone checked in today (even ids were), so the person's reads find a stay.
        long person = people.stream().filter(id -> id % 2 == 0).findFirst().orElseThrow();

        System.out.printf("%nToday's reads, %s: %d people, %d days, %d presence rows and %d journal lines"
                + " at the site (filled in %d s); median of %d runs after %d warm-up runs%n",
                mariadb ? "MariaDB" : "H2", PEOPLE, DAYS, stays, lines, fillMillis / 1000, RUNS, WARM_UP);

        int todays = read("board: today's stays (PresenceRepository.overlapping)", """
                SELECT id, person_id, floor_id, started_at, ended_at FROM presence %s
                WHERE site_id = ? AND started_at < ? AND (ended_at IS NULL OR ended_at > ?)
                ORDER BY started_at""", "ix_presence_site_end", siteId, until, since);
        read("board: arrivals today (MovementRepository.countKinds)", """
                SELECT count(*) FROM movement %s WHERE site_id = ? AND at >= ? AND kind IN ('ARRIVED')""",
                null, siteId, since);
        read("history: today's page (MovementRepository.search)", """
                SELECT id, at, kind, person_name FROM movement %s
                WHERE site_id = ? AND at >= ? AND at < ? ORDER BY at DESC, id DESC LIMIT 50""",
                null, siteId, since, until);
        read("history: today's count (MovementRepository.countSearch)", """
                SELECT count(*) FROM movement %s WHERE site_id = ? AND at >= ? AND at < ?""",
                null, siteId, since, until);
        read("start page: a person's stays today (PresenceRepository.personHistory)", """
                SELECT person_id, floor_id, started_at, ended_at FROM presence %s
                WHERE person_id = ? AND started_at < ? AND (ended_at IS NULL OR ended_at > ?)
                ORDER BY started_at""", null, person, until, since);
        read("start page: where a person is (findByOpenPersonId)", """
                SELECT id FROM presence %s WHERE open_person_id = ?""", null, person);

        double board = median(() -> presence.board(siteId).floors().size());
        Board shown = presence.board(siteId);
        int counted = shown.today().values().stream().mapToInt(steps -> steps.get(0).count()).sum();
        MovementFilter today = MovementFilter.day(siteId, LocalDate.ofInstant(now, site.site().zoneId()), null, null);
        double history = median(() -> movements.page(today, PageRequest.of(0, 50)).size()
                + (int) movements.count(today));
        System.out.printf("  service PresenceService.board                          %8.2f ms%n", board);
        System.out.printf("  service MovementService.page + count (today, 50 lines)  %8.2f ms%n%n", history);
        assertThat(todays).isGreaterThanOrEqualTo(counted);
        assertThat(stays).isGreaterThan((long) PEOPLE * DAYS);
    }

    /** Prints the read's plan and median time with the index V13 added, and on MariaDB without it. */
    private int read(String name, String sql, String newIndex, Object... arguments) {
        System.out.printf("  %s%n", name);
        int rows = 0;
        List<String> variants = new ArrayList<>();
        if (mariadb && newIndex != null) {
            variants.add("IGNORE INDEX (" + newIndex + ")");
        }
        variants.add("");
        for (String hint : variants) {
            String query = sql.formatted(hint);
            String label = hint.isEmpty() ? "now" : "before V13";
            for (String line : explain(query, arguments)) {
                System.out.printf("    %-10s EXPLAIN %s%n", label, line);
            }
            int[] found = new int[1];
            double millis = median(() -> found[0] = jdbc.query(query, (ResultSet result) -> {
                int n = 0;
                while (result.next()) {
                    n++;
                }
                return n;
            }, arguments));
            System.out.printf("    %-10s %8.2f ms, %d rows%n", label, millis, found[0]);
            rows = found[0];
        }
        return rows;
    }

    private List<String> explain(String query, Object... arguments) {
        return jdbc.query("EXPLAIN " + query, (ResultSet result) -> {
            List<String> lines = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder line = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    String label = result.getMetaData().getColumnLabel(c);
                    if (mariadb && !List.of("table", "type", "key", "key_len", "rows", "Extra").contains(label)) {
                        continue;
                    }
                    line.append(mariadb ? label + "=" : "").append(result.getString(c)).append(' ');
                }
                lines.add(line.toString().strip().replaceAll("\\s+", " "));
            }
            return lines;
        }, arguments);
    }

    private static double median(IntSupplier once) {
        for (int i = 0; i < WARM_UP; i++) {
            once.getAsInt();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            once.getAsInt();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }

    private long count(String sql, long siteId) {
        return jdbc.queryForObject(sql, Long.class, siteId);
    }

    /** Stored times are UTC wall-clock times (hibernate.jdbc.time_zone=UTC). */
    private static Timestamp utc(Instant at) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    /**
     * Floors and people in JDBC batches, then each past day's two stays per person (08:00–12:00 and
     * 13:00–17:00 UTC, shifted by up to an hour per person) and one check-in line, a month per
     * statement; today, half the people checked in since the start of the period.
     */
    private List<Long> fill(long siteId) throws SQLException {
        List<Long> floors = new ArrayList<>();
        List<Long> people = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            floors.addAll(BenchRows.floors(connection, siteId, FLOORS, 400, 300));
            people.addAll(BenchRows.people(connection, siteId, PEOPLE, "T", floors));
            connection.commit();
        }
        LocalDateTime midnight = LocalDate.now(ZoneOffset.UTC).atStartOfDay();
        String days = mariadb ? "(SELECT seq AS d FROM seq_%d_to_%d)" : "(SELECT X AS d FROM SYSTEM_RANGE(%d, %d))";
        for (int first = 1; first <= DAYS; first += 30) {
            String range = days.formatted(first, Math.min(DAYS, first + 29));
            for (int half = 0; half < 2; half++) {
                jdbc.update("""
                        INSERT INTO presence (site_id, person_id, floor_id, started_at, start_kind, started_by,
                                              ended_at, end_kind, ended_by)
                        SELECT p.site_id, p.id, p.home_floor_id,
                               TIMESTAMPADD(MINUTE, MOD(p.id, 60) + ?, TIMESTAMPADD(DAY, -d, ?)), 'MANUAL', 'bench',
                               TIMESTAMPADD(MINUTE, MOD(p.id, 60) + ? + 240, TIMESTAMPADD(DAY, -d, ?)), 'MANUAL', 'bench'
                        FROM person p CROSS JOIN %s days WHERE p.site_id = ?""".formatted(range),
                        480 + half * 300, Timestamp.valueOf(midnight), 480 + half * 300, Timestamp.valueOf(midnight),
                        siteId);
            }
            jdbc.update("""
                    INSERT INTO movement (site_id, at, kind, person_id, person_name, to_floor_id, to_floor_name, actor_name)
                    SELECT p.site_id, TIMESTAMPADD(MINUTE, MOD(p.id, 60) + 480, TIMESTAMPADD(DAY, -d, ?)), 'CHECK_IN',
                           p.id, p.full_name, p.home_floor_id, 'Bench', 'bench'
                    FROM person p CROSS JOIN %s days WHERE p.site_id = ?""".formatted(range),
                    Timestamp.valueOf(midnight), siteId);
        }
        Timestamp start = utc(Fixtures.asSystem(() -> sites.workingPeriod(siteId, Instant.now())).start());
        jdbc.update("""
                INSERT INTO presence (site_id, person_id, floor_id, started_at, start_kind, started_by, open_person_id)
                SELECT p.site_id, p.id, p.home_floor_id, ?, 'MANUAL', 'bench', p.id
                FROM person p WHERE p.site_id = ? AND MOD(p.id, 2) = 0""", start, siteId);
        jdbc.update("""
                INSERT INTO movement (site_id, at, kind, person_id, person_name, to_floor_id, to_floor_name, actor_name)
                SELECT p.site_id, ?, 'CHECK_IN', p.id, p.full_name, p.home_floor_id, 'Bench', 'bench'
                FROM person p WHERE p.site_id = ? AND MOD(p.id, 2) = 0""", start, siteId);
        return people;
    }
}
