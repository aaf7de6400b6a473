package app.plateau.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.SignedInServiceTest;
import app.plateau.audit.AuditPackService;
import app.plateau.health.ContactListService;
import app.plateau.hygiene.Answer;
import app.plateau.hygiene.HygieneFixtures;
import app.plateau.hygiene.HygieneService;
import app.plateau.hygiene.RoundStatus;
import app.plateau.occupancy.MovementFilter;
import app.plateau.occupancy.MovementService;
import app.plateau.organisation.Person;
import app.plateau.security.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every CSV file Plateau writes, fed with names, floors, reasons and notes that start like a
 * spreadsheet formula: Excel must read each such cell as text (a leading apostrophe), while counts
 * stay numbers. The texts are written straight into the tables, so that what a form would trim
 * (a leading tab or carriage return) reaches the exports too.
 */
@Tag("security")
@Tag("mariadb")
class CsvExportsTest extends SignedInServiceTest {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    @Autowired
    MovementService history;
    @Autowired
    AuditPackService packs;
    @Autowired
    ContactListService contactLists;
    @Autowired
    HygieneService hygiene;
    @Autowired
    HygieneFixtures hygieneFixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @ParameterizedTest(name = "texts starting with {0}")
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
    void texts_that_start_like_a_formula_are_written_as_text_in_every_export(String lead) throws IOException {
        Hostile texts = Hostile.startingWith(lead);
        Instant now = clock.instant();
        record(texts, now);

        signIn(testSite.username(Role.SITE_MANAGER));
        ByteArrayOutputStream journal = new ByteArrayOutputStream();
        history.writeCsv(MovementFilter.day(testSite.site().getId(), today(), null, null), Locale.FRENCH, journal);
        List<CSVRecord> lines = read(journal.toByteArray());
        assertGuarded(lines, texts.person(), texts.floor(), texts.actor(), texts.reason());

        signIn(testSite.username(Role.AUDITOR));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        packs.writeZip(testSite.site().getId(), today().minusDays(1), today(), Locale.FRENCH, zip, done -> { });
        Map<String, List<CSVRecord>> files = unzip(zip.toByteArray());
        files.values().forEach(CsvExportsTest::assertGuarded);
        assertGuarded(files.get("fermetures.csv"), texts.floor(), texts.reason());
        // The summary names the floors still closed.
        assertGuarded(files.get("synthese.csv"), texts.floor());
        assertGuarded(files.get("tournees.csv"), texts.floor(), texts.template(), texts.actor());
        assertGuarded(files.get("actions-correctives.csv"), texts.floor(), texts.note(), texts.action(),
                texts.owner(), texts.actor());
        assertThat(files.get("fermetures.csv").get(1).get(3)).as("minutes closed").containsOnlyDigits();
        assertThat(files.get("tournees.csv").subList(1, files.get("tournees.csv").size()))
                .extracting(record -> record.get(6)).as("failed items").allMatch(cell -> cell.matches("\\d+"))
                .contains("1");

        signIn(testSite.username(Role.HEALTH_OFFICER));
        ByteArrayOutputStream contacts = new ByteArrayOutputStream();
        contactLists.writeCsv(testSite.agent().getId(), now.minus(Duration.ofDays(1)), now, Locale.FRENCH, contacts);
        List<CSVRecord> list = read(contacts.toByteArray());
        assertGuarded(list, texts.person(), texts.team(), texts.floor());
        assertThat(list).hasSize(2);
        assertThat(list.get(1).get(0)).isEqualTo("'" + texts.person());
        assertThat(list.get(1).get(2)).as("minutes together").isEqualTo("120");
    }

    /** The hostile texts of one run, all starting with the same character. */
    private record Hostile(String person, String floor, String team, String actor, String reason, String template,
            String note, String action, String owner) {

        static Hostile startingWith(String lead) {
            return new Hostile(lead + "Salma Tazi", lead + "Plateau 1", lead + "Équipe A", lead + "Badge",
                    lead + "HYPERLINK(\"http://evil.example\";\"Désinfection\")", lead + "Tournée du matin",
                    lead + "cmd|' /C calc'!A0", lead + "Remplir", lead + "Karim");
        }
    }

    /**
     * Today on the fixture site (moved to about noon): the agent and a contact on floor 1 from 3 h to
     * 1 h ago, a check-in and a closure of floor 1 in the journal, a round with a failed item.
     */
    private void record(Hostile texts, Instant now) {
        var rounds = hygieneFixtures.rounds(testSite);
        signIn(testSite.username(Role.HEALTH_OFFICER));
        List<Answer> answers = new ArrayList<>(HygieneFixtures.allPass());
        answers.set(1, Answer.fail("Vide", "Remplir", testSite.agent().getId(), today()));
        hygiene.complete(rounds.get(RoundStatus.DUE).id(), answers);
        long siteId = testSite.site().getId();
        long floorId = testSite.floor1().getId();
        jdbc.update("UPDATE hygiene_round SET template_name = ?, completed_by = ? WHERE site_id = ?",
                texts.template(), texts.actor(), siteId);
        jdbc.update("UPDATE corrective_action SET failure_note = ?, action_text = ?, owner_name = ?, opened_by = ?"
                + " WHERE site_id = ?", texts.note(), texts.action(), texts.owner(), texts.actor(), siteId);

        Person contact = fixtures.person(testSite.site(), "C-" + testSite.agent().getEmployeeNumber(), "Contact",
                testSite.team(), testSite.floor1());
        jdbc.update("UPDATE person SET full_name = ? WHERE id = ?", texts.person(), contact.getId());
        jdbc.update("UPDATE team SET name = ? WHERE id = ?", texts.team(), testSite.team().getId());
        jdbc.update("UPDATE floor SET name = ? WHERE id = ?", texts.floor(), floorId);
        for (Person person : List.of(testSite.agent(), contact)) {
            jdbc.update("""
                    INSERT INTO presence (site_id, person_id, floor_id, started_at, start_kind, started_by,
                        ended_at, end_kind, ended_by) VALUES (?, ?, ?, ?, 'MANUAL', 'test', ?, 'MANUAL', 'test')""",
                    statement -> {
                        statement.setLong(1, siteId);
                        statement.setLong(2, person.getId());
                        statement.setLong(3, floorId);
                        statement.setTimestamp(4, Timestamp.from(now.minus(Duration.ofHours(3))), UTC);
                        statement.setTimestamp(5, Timestamp.from(now.minus(Duration.ofHours(1))), UTC);
                    });
        }
        journal(now.minus(Duration.ofHours(3)), "CHECK_IN", texts.person(), texts.floor(), texts.actor(), null);
        journal(now.minus(Duration.ofHours(2)), "FLOOR_CLOSED", null, texts.floor(), texts.actor(), texts.reason());
    }

    private void journal(Instant at, String kind, String person, String floor, String actor, String detail) {
        jdbc.update("INSERT INTO movement (site_id, at, kind, person_name, to_floor_id, to_floor_name, actor_name,"
                + " detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setLong(1, testSite.site().getId());
                    statement.setTimestamp(2, Timestamp.from(at), UTC);
                    statement.setString(3, kind);
                    statement.setString(4, person);
                    statement.setLong(5, testSite.floor1().getId());
                    statement.setString(6, floor);
                    statement.setString(7, actor);
                    statement.setString(8, detail);
                });
    }

    private LocalDate today() {
        ZoneId zone = ZoneId.of(jdbc.queryForObject("SELECT time_zone FROM site WHERE id = ?", String.class,
                testSite.site().getId()));
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * No cell starts like a formula unless it is a number, and each hostile text is there, kept as
     * text behind an apostrophe.
     */
    private static void assertGuarded(List<CSVRecord> records, String... hostile) {
        List<String> cells = records.stream().flatMap(CSVRecord::stream).toList();
        assertThat(cells).allSatisfy(cell -> assertThat(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                && !cell.matches("-\\d+([.,]\\d+)?")).as("cell %s starts like a formula", cell).isFalse());
        for (String text : hostile) {
            assertThat(cells).as("cells").anySatisfy(cell -> assertThat(cell).startsWith("'" + text));
        }
    }

    private static List<CSVRecord> read(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.valueOf(Csv.BYTE_ORDER_MARK));
        return Csv.FORMAT.parse(new StringReader(text.substring(1))).getRecords();
    }

    private static Map<String, List<CSVRecord>> unzip(byte[] zip) throws IOException {
        Map<String, List<CSVRecord>> files = new LinkedHashMap<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                files.put(entry.getName(), read(entries.readAllBytes()));
            }
        }
        return files;
    }
}
