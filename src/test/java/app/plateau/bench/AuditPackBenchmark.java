package app.plateau.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.Signing;
import app.plateau.audit.AuditPackService;
import app.plateau.base.Csv;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * The audit pack of one month for a site of 3,000 people: a month of the movement journal (each
 * on-site person checked in and out every working day, a tenth of them asking for a move, most
 * approved, a few refused at the cap, and floor closures) goes in through bare JDBC, then the PDF
 * and the ZIP are written to a counting stream, three times after a warm-up. Next to them, a bare
 * JDBC dump of the same journal lines to CSV in a ZIP: what reading and writing the records alone
 * costs. Run on demand with the {@code benchmark} Maven profile (see docs/benchmarks.md).
 */
@SpringBootTest
@Tag("benchmark")
class AuditPackBenchmark {

    private static final int PEOPLE = 3000;
    private static final int DAYS = 30;
    private static final int RUNS = 3;
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    @Autowired
    private AuditPackService packs;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private Environment environment;

    /** Counts what is written, keeping nothing: the figure is the work, not the disk. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            bytes += length;
        }
    }

    @AfterEach
    void signOut() {
        Signing.signOut();
    }

    @Test
    void the_audit_pack_of_one_month_for_3000_people() throws Exception {
        String database = Arrays.asList(environment.getActiveProfiles()).contains("mariadb") ? "MariaDB" : "H2";
        TestSite site = fixtures.site();
        ZoneId zone = site.site().zoneId();
        LocalDate to = LocalDate.now(zone).minusDays(1);
        LocalDate from = to.minusDays(DAYS - 1L);
        long filling = System.nanoTime();
        long lines = fill(site, from, zone);
        long fillMillis = (System.nanoTime() - filling) / 1_000_000;
        Signing.signIn(users, site.username(Role.AUDITOR));

        long[] pdf = new long[RUNS];
        long[] zip = new long[RUNS];
        long[] bare = new long[RUNS];
        long pdfBytes = 0;
        long zipBytes = 0;
        for (int run = -1; run < RUNS; run++) {
            Counting out = new Counting();
            long start = System.nanoTime();
            packs.writePdf(site.site().getId(), from, to, Locale.FRENCH, out, done -> { });
            long pdfNanos = System.nanoTime() - start;
            Counting zipped = new Counting();
            start = System.nanoTime();
            packs.writeZip(site.site().getId(), from, to, Locale.FRENCH, zipped, done -> { });
            long zipNanos = System.nanoTime() - start;
            start = System.nanoTime();
            long dumped = bareDump(site.site().getId(), from, to, zone);
            long bareNanos = System.nanoTime() - start;
            assertThat(dumped).isEqualTo(lines);
            if (run >= 0) {
                pdf[run] = pdfNanos;
                zip[run] = zipNanos;
                bare[run] = bareNanos;
                pdfBytes = out.bytes;
                zipBytes = zipped.bytes;
            }
        }
        System.out.printf("%nAudit pack benchmark, %s, %d people, %d days, %,d journal lines (inserted in %d ms),"
                + " median of %d runs after one warm-up%n", database, PEOPLE, DAYS, lines, fillMillis, RUNS);
        System.out.printf("  PDF                         %8.0f ms  (%,d bytes)%n", median(pdf), pdfBytes);
        System.out.printf("  ZIP of CSV files            %8.0f ms  (%,d bytes)%n", median(zip), zipBytes);
        System.out.printf("  bare JDBC dump to a ZIP     %8.0f ms%n", median(bare));
        System.out.printf("  ratio (PDF + ZIP) / bare dump: %.2f%n%n", (median(pdf) + median(zip)) / median(bare));
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    /**
     * A month of the journal: every working day each person checks in at 08:00-ish and out at
     * 16:00-ish; one in ten asks for a move, nine in ten of those approved, one refused at the cap;
     * one floor closed for two hours each week.
     */
    private long fill(TestSite site, LocalDate from, ZoneId zone) throws SQLException {
        long lines = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO movement (site_id, at, kind,"
                    + " person_id, person_name, to_floor_id, to_floor_name, actor_name, detail)"
                    + " VALUES (?, ?, ?, NULL, ?, ?, ?, 'bench', ?)")) {
                for (int day = 0; day < DAYS; day++) {
                    LocalDate date = from.plusDays(day);
                    if (date.getDayOfWeek().getValue() > 5) {
                        continue;
                    }
                    for (int person = 0; person < PEOPLE; person++) {
                        Instant in = date.atTime(8, person % 60).atZone(zone).toInstant();
                        lines += add(insert, site, in, "CHECK_IN", person, null);
                        lines += add(insert, site, in.plusSeconds(8 * 3600), "CHECK_OUT", person, null);
                        if (person % 10 == 0) {
                            lines += add(insert, site, in.plusSeconds(3600), "REQUESTED", person, null);
                            lines += add(insert, site, in.plusSeconds(3700), person % 100 == 0 ? "DENIED"
                                    : "APPROVED", person, null);
                        }
                        if (person % 300 == 0) {
                            lines += add(insert, site, in.plusSeconds(30), "CAP_REFUSED", person, null);
                        }
                    }
                    if (date.getDayOfWeek().getValue() == 3) {
                        Instant closed = date.atTime(12, 0).atZone(zone).toInstant();
                        lines += add(insert, site, closed, "FLOOR_CLOSED", -1, "Désinfection");
                        lines += add(insert, site, closed.plusSeconds(7200), "FLOOR_REOPENED", -1, null);
                    }
                    insert.executeBatch();
                    connection.commit();
                }
            }
        }
        return lines;
    }

    private static int add(PreparedStatement insert, TestSite site, Instant at, String kind, int person,
            String detail) throws SQLException {
        insert.setLong(1, site.site().getId());
        insert.setTimestamp(2, Timestamp.from(at), UTC);
        insert.setString(3, kind);
        insert.setString(4, person < 0 ? null : "Agent " + person);
        insert.setLong(5, site.floor1().getId());
        insert.setString(6, site.floor1().getName());
        insert.setString(7, detail);
        insert.addBatch();
        return 1;
    }

    /** The same journal lines, read with one statement and written as CSV into a ZIP. */
    private long bareDump(long siteId, LocalDate from, LocalDate to, ZoneId zone) throws SQLException, IOException {
        long rows = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT at, kind, person_name,"
                        + " from_floor_name, to_floor_name, actor_name, detail FROM movement WHERE site_id = ?"
                        + " AND at >= ? AND at < ? ORDER BY at, id")) {
            select.setLong(1, siteId);
            select.setTimestamp(2, Timestamp.from(from.atStartOfDay(zone).toInstant()), UTC);
            select.setTimestamp(3, Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()), UTC);
            select.setFetchSize(1000);
            ZipOutputStream zip = new ZipOutputStream(new Counting());
            zip.putNextEntry(new ZipEntry("journal.csv"));
            Csv csv = Csv.on(zip);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    csv.row(result.getTimestamp(1, UTC).toInstant().atZone(zone), result.getString(2),
                            result.getString(3), result.getString(4), result.getString(5), result.getString(6),
                            result.getString(7));
                    rows++;
                }
            }
            csv.flush();
            zip.closeEntry();
            zip.finish();
        }
        return rows;
    }
}
