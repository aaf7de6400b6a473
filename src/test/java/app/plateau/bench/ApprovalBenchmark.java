package app.plateau.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.Signing;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.Role;
import app.plateau.transfer.TransferService;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
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
 * How fast a site manager's approvals go through {@link TransferService#approve} (security, the
 * request's row lock, the ledger's conditional update, the journal line, the events), next to a
 * bare JDBC loop of the conditional update alone with a commit after each: the ratio shows what
 * the rest costs. Both run with one thread and with four on one floor's counter row, where every
 * approval queues. The waiting requests are written in batches (not timed); every figure comes
 * after a warm-up of both paths. Run on demand with the {@code benchmark} Maven profile (see
 * docs/benchmarks.md).
 */
@SpringBootTest
@Tag("benchmark")
class ApprovalBenchmark {

    private static final int REQUESTS = 2000;
    private static final int WARM_UP = 2000;
    private static final int PROFILED = 100;
    private static final int THREADS = 4;
    /** The ledger's take of a reserved place ({@code Counters.TAKE_RESERVED}), as the loop sends it. */
    private static final String TAKE_RESERVED = """
            UPDATE floor_occupancy SET reserved = reserved + 1
            WHERE floor_id = ? AND present + reserved <
                (SELECT f.sanitary_cap FROM floor f WHERE f.id = ? AND f.open_now = TRUE)""";

    @Autowired
    private TransferService transfers;
    @Autowired
    private FloorService floors;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private EntityManagerFactory entityManagerFactory;
    @Autowired
    private Clock clock;
    @Autowired
    private Environment environment;

    private TestSite site;
    private final AtomicInteger floorNumber = new AtomicInteger();

    /**
     * Leaves the run's site with nobody checked in and no move open, written as a check-out and a
     * cancellation would leave them: otherwise the expiry sweep of the next runs (and the end of
     * the day) would work through thousands of its approvals while those runs are timed.
     */
    @AfterEach
    void closeWhatTheRunLeftOpen() {
        Signing.signOut();
        if (site == null) {
            return;
        }
        long siteId = site.site().getId();
        Timestamp now = Timestamp.from(clock.instant());
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        jdbc.update("""
                UPDATE transfer_request SET state = 'CANCELLED', closed_at = ?, open_person_id = NULL
                WHERE site_id = ? AND open_person_id IS NOT NULL""", statement -> {
                    statement.setTimestamp(1, now, utc);
                    statement.setLong(2, siteId);
                });
        jdbc.update("""
                UPDATE presence SET ended_at = ?, end_kind = 'MANUAL', ended_by = 'ApprovalBenchmark',
                    open_person_id = NULL
                WHERE site_id = ? AND ended_at IS NULL""", statement -> {
                    statement.setTimestamp(1, now, utc);
                    statement.setLong(2, siteId);
                });
        jdbc.update("UPDATE floor_occupancy SET present = 0, reserved = 0 WHERE site_id = ?", siteId);
    }

    @Test
    void approving_2000_waiting_moves() throws Exception {
        site = fixtures.site();
        for (int threads : new int[] {1, THREADS}) {
            approve(waitingMoves(WARM_UP), threads);
            bareUpdates(floorWithRoom(), WARM_UP, threads);
        }
        Profile profile = profile(waitingMoves(PROFILED));

        String database = Arrays.asList(environment.getActiveProfiles()).contains("mariadb") ? "MariaDB" : "H2";
        System.out.printf("%nApproval benchmark, %d waiting moves to one floor, %s%n", REQUESTS, database);
        System.out.printf("  per approval: %.1f statements prepared by Hibernate (%.1f entity loads, %.1f inserts,"
                + " %.1f updates) + 1 JDBC update by the ledger; %.2f ms of processor time%n", profile.statements(),
                profile.loads(), profile.inserts(), profile.updates(), profile.processorMillis());
        for (int threads : new int[] {1, THREADS}) {
            Waiting moves = waitingMoves(REQUESTS);
            long approvalNanos = approve(moves, threads);
            assertThat(count("SELECT COUNT(*) FROM transfer_request WHERE to_floor_id = ? AND state = 'APPROVED'",
                    moves.target())).isEqualTo(REQUESTS);
            assertThat(count("SELECT reserved FROM floor_occupancy WHERE floor_id = ?", moves.target()))
                    .isEqualTo(REQUESTS);

            Floor bare = floorWithRoom();
            long jdbcNanos = bareUpdates(bare, REQUESTS, threads);
            assertThat(count("SELECT reserved FROM floor_occupancy WHERE floor_id = ?", bare.getId()))
                    .isEqualTo(REQUESTS);

            double approvals = perSecond(approvalNanos);
            double updates = perSecond(jdbcNanos);
            System.out.printf("  %d thread%s: approvals %6.0f/s (%5d ms), bare JDBC %6.0f/s (%5d ms),"
                    + " ratio %.2f%n", threads, threads == 1 ? " " : "s", approvals, approvalNanos / 1_000_000,
                    updates, jdbcNanos / 1_000_000, approvals / updates);
        }
        System.out.println();
    }

    // --- the two timed paths ---

    /** Approves every move through the service, signed in as the site manager in each thread. */
    private long approve(Waiting moves, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        return inThreads(threads, () -> {
            Signing.signIn(users, site.username(Role.SITE_MANAGER));
            return () -> {
                for (int i = next.getAndIncrement(); i < moves.ids().size(); i = next.getAndIncrement()) {
                    transfers.approve(moves.ids().get(i));
                }
                Signing.signOut();
            };
        });
    }

    /** The ledger's conditional update alone, one commit per statement, each thread on its own connection. */
    private long bareUpdates(Floor floor, int count, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        return inThreads(threads, () -> {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            PreparedStatement update = connection.prepareStatement(TAKE_RESERVED);
            return () -> {
                try (connection; update) {
                    while (next.getAndIncrement() < count) {
                        update.setLong(1, floor.getId());
                        update.setLong(2, floor.getId());
                        assertThat(update.executeUpdate()).isEqualTo(1);
                        connection.commit();
                    }
                    connection.setAutoCommit(true);
                }
            };
        });
    }

    private interface Work {
        void run() throws Exception;
    }

    /**
     * Prepares each thread (sign-in, connection) untimed, then times from the common start until
     * the last thread is done.
     */
    private static long inThreads(int threads, Callable<Work> prepare) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    Work work = prepare.call();
                    ready.countDown();
                    start.await();
                    work.run();
                    return System.nanoTime();
                }));
            }
            assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
            long begin = System.nanoTime();
            start.countDown();
            long end = begin;
            for (Future<Long> thread : done) {
                end = Math.max(end, thread.get(10, TimeUnit.MINUTES));
            }
            return end - begin;
        } finally {
            pool.shutdownNow();
        }
    }

    private record Profile(double statements, double loads, double inserts, double updates, double processorMillis) {
    }

    /**
     * Counts what Hibernate sends for a few approvals, and the processor time of the calling thread
     * (Java, Spring, Hibernate, the driver), outside the timed runs.
     */
    private Profile profile(Waiting moves) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        Signing.signIn(users, site.username(Role.SITE_MANAGER));
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long processorStart = threads.getCurrentThreadCpuTime();
        try {
            for (long id : moves.ids()) {
                transfers.approve(id);
            }
        } finally {
            statistics.setStatisticsEnabled(false);
            Signing.signOut();
        }
        double n = moves.ids().size();
        return new Profile(statistics.getPrepareStatementCount() / n, statistics.getEntityLoadCount() / n,
                statistics.getEntityInsertCount() / n, statistics.getEntityUpdateCount() / n,
                (threads.getCurrentThreadCpuTime() - processorStart) / 1e6 / n);
    }

    // --- set-up, not timed ---

    private record Waiting(long target, List<Long> ids) {
    }

    /**
     * {@code count} people checked in on a floor of their own, each with a move to another floor
     * waiting for a decision; both floors have room for all. Written as the services would write
     * them, in batches: stays with the matching counter, requests that hold no place yet.
     */
    private Waiting waitingMoves(int count) {
        Floor origin = floorWithRoom();
        Floor target = floorWithRoom();
        long siteId = site.site().getId();
        String prefix = Fixtures.unique("AB");
        Timestamp now = Timestamp.from(clock.instant());
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        jdbc.batchUpdate("""
                INSERT INTO person (site_id, employee_number, full_name, team_id, home_floor_id, work_mode, active,
                    version) VALUES (?, ?, ?, ?, ?, 'ON_SITE', TRUE, 0)""",
                IntStream.range(0, count).boxed().toList(), 500, (statement, i) -> {
                    statement.setLong(1, siteId);
                    statement.setString(2, prefix + "-" + i);
                    statement.setString(3, "Agent " + prefix + " " + i);
                    statement.setLong(4, site.team().getId());
                    statement.setLong(5, origin.getId());
                });
        List<Long> people = jdbc.queryForList(
                "SELECT id FROM person WHERE site_id = ? AND employee_number LIKE ? ORDER BY id", Long.class,
                siteId, prefix + "-%");
        jdbc.batchUpdate("""
                INSERT INTO presence (site_id, person_id, floor_id, started_at, start_kind, started_by,
                    open_person_id) VALUES (?, ?, ?, ?, 'MANUAL', 'ApprovalBenchmark', ?)""", people, 500,
                (statement, person) -> {
                    statement.setLong(1, siteId);
                    statement.setLong(2, person);
                    statement.setLong(3, origin.getId());
                    statement.setTimestamp(4, now, utc);
                    statement.setLong(5, person);
                });
        jdbc.update("UPDATE floor_occupancy SET present = present + ? WHERE floor_id = ?", count, origin.getId());
        jdbc.batchUpdate("""
                INSERT INTO transfer_request (site_id, person_id, from_floor_id, to_floor_id, reason, state,
                    requested_at, requested_by, move_at, auto_approved, open_person_id, version)
                VALUES (?, ?, ?, ?, 'TRAINING', 'PENDING', ?, 'ApprovalBenchmark', ?, FALSE, ?, 0)""", people, 500,
                (statement, person) -> {
                    statement.setLong(1, siteId);
                    statement.setLong(2, person);
                    statement.setLong(3, origin.getId());
                    statement.setLong(4, target.getId());
                    statement.setTimestamp(5, now, utc);
                    statement.setTimestamp(6, now, utc);
                    statement.setLong(7, person);
                });
        return new Waiting(target.getId(), jdbc.queryForList(
                "SELECT id FROM transfer_request WHERE to_floor_id = ? ORDER BY id", Long.class, target.getId()));
    }

    /** A floor whose cap is the largest a floor may have, enough for every run. */
    private Floor floorWithRoom() {
        int number = floorNumber.incrementAndGet();
        return Fixtures.asSystem(() -> floors.save(new Floor(site.site(), "Banc " + number, number,
                Floor.POSITIONS_MAX, Floor.POSITIONS_MAX)));
    }

    private int count(String sql, long id) {
        return jdbc.queryForObject(sql, Integer.class, id);
    }

    private static double perSecond(long nanos) {
        return REQUESTS * 1e9 / nanos;
    }
}
