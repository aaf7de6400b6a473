package app.plateau.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.Signing;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.RosterCsv;
import app.plateau.organisation.RosterImportService;
import app.plateau.organisation.RosterImportService.RosterPreview;
import app.plateau.organisation.RosterImportService.RosterResult;
import app.plateau.organisation.RosterImportService.RosterRow;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.Role;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * How long a 3,000-row roster takes to preview and import, next to a bare JDBC batch insert of
 * the same rows: the ratio shows what the checks, JPA and the accounts cost. Run on demand with
 * the {@code benchmark} Maven profile (see docs/benchmarks.md); each figure is taken after a
 * warm-up round on another site, so it leaves out class loading and JIT compilation.
 */
@SpringBootTest
@Tag("benchmark")
class RosterImportBenchmark {

    private static final int ROWS = 3000;
    private static final String SCRATCH = "roster_bench_scratch";

    @Autowired
    private RosterImportService roster;
    @Autowired
    private PersonService people;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private Environment environment;

    @AfterEach
    void signOut() throws SQLException {
        Signing.signOut();
        execute("DROP TABLE IF EXISTS " + SCRATCH);
    }

    @Test
    void a_3000_row_roster() throws SQLException {
        round();
        Round measured = round();

        String database = Arrays.asList(environment.getActiveProfiles()).contains("mariadb") ? "MariaDB" : "H2";
        System.out.printf("%nRoster import benchmark, %d rows, %s%n", ROWS, database);
        System.out.printf("  parse and check: %6d ms%n", measured.parseMillis());
        System.out.printf("  import:          %6d ms  (%.0f rows/s)%n", measured.importMillis(),
                ROWS * 1000.0 / measured.importMillis());
        System.out.printf("  bare JDBC batch: %6d ms%n", measured.jdbcMillis());
        System.out.printf("  import / JDBC:   %6.1f%n%n", (double) measured.importMillis() / measured.jdbcMillis());
        assertThat(measured.result().created()).isEqualTo(ROWS);
    }

    private record Round(long parseMillis, long importMillis, long jdbcMillis, RosterResult result) {
    }

    private Round round() throws SQLException {
        TestSite site = fixtures.site();
        long siteId = site.site().getId();
        String prefix = Fixtures.unique("b").toUpperCase();
        byte[] file = RosterCsv.generate(prefix, ROWS, site.team().getName(), site.floor1().getName());
        Signing.signIn(users, site.username(Role.ADMIN));

        long start = System.nanoTime();
        RosterPreview preview = roster.parse(siteId, "roster.csv", new ByteArrayInputStream(file), file.length);
        long parsed = System.nanoTime();
        RosterResult result = roster.importRows(siteId, preview.validRows(), done -> { });
        long imported = System.nanoTime();
        assertThat(people.count(siteId, null, prefix)).isEqualTo(ROWS);

        long jdbcMillis = bareInsert(preview.rows(), siteId, site.team().getId(), site.floor1().getId());
        return new Round(millis(parsed - start), millis(imported - parsed), jdbcMillis, result);
    }

    /** The same rows into a table shaped like {@code person}, in one batch and one transaction. */
    private long bareInsert(List<RosterRow> rows, long siteId, long teamId, long floorId) throws SQLException {
        execute("DROP TABLE IF EXISTS " + SCRATCH);
        execute("CREATE TABLE " + SCRATCH + " (id BIGINT AUTO_INCREMENT PRIMARY KEY, site_id BIGINT NOT NULL,"
                + " employee_number VARCHAR(30) NOT NULL, full_name VARCHAR(120) NOT NULL, email VARCHAR(160),"
                + " phone VARCHAR(30), team_id BIGINT, home_floor_id BIGINT, work_mode VARCHAR(20) NOT NULL,"
                + " active BOOLEAN NOT NULL, version BIGINT NOT NULL,"
                + " CONSTRAINT uk_scratch_number UNIQUE (site_id, employee_number))");
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + SCRATCH
                    + " (site_id, employee_number, full_name, email, phone, team_id, home_floor_id, work_mode,"
                    + " active, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, 0)")) {
                for (RosterRow row : rows) {
                    insert.setLong(1, siteId);
                    insert.setString(2, row.employeeNumber());
                    insert.setString(3, row.fullName());
                    insert.setString(4, row.email());
                    insert.setString(5, row.phone());
                    insert.setLong(6, teamId);
                    insert.setLong(7, floorId);
                    insert.setString(8, "ON_SITE");
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
        return millis(System.nanoTime() - start);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long millis(long nanos) {
        return Math.max(1, nanos / 1_000_000);
    }
}
