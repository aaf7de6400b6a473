package app.plateau.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.base.Csv;
import app.plateau.SignedInServiceTest;
import app.plateau.audit.Figure.Percent;
import app.plateau.meeting.MeetingFixtures;
import app.plateau.meeting.MeetingMode;
import app.plateau.meeting.MeetingState;
import app.plateau.organisation.Floor;
import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.WorkMode;
import app.plateau.security.Role;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@Tag("mariadb")
class ComplianceServiceTest extends SignedInServiceTest {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    @Autowired
    ComplianceService compliance;
    @Autowired
    MeetingFixtures meetings;
    @Autowired
    PersonService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditPackService packs;

    ZoneId zone;
    LocalDate from;
    LocalDate to;

    @BeforeEach
    void range() {
        zone = testSite.site().zoneId();
        to = LocalDate.now(zone).minusDays(1);
        from = to.minusDays(9);
    }

    private void journal(String kind, LocalDateTime at, Floor floor, String detail) {
        journal(kind, at.atZone(zone).toInstant(), floor, detail);
    }

    private void journal(String kind, Instant instant, Floor floor, String detail) {
        jdbc.update("INSERT INTO movement (site_id, at, kind, to_floor_id, to_floor_name, actor_name, detail)"
                + " VALUES (?, ?, ?, ?, ?, 'test', ?)", statement -> {
                    statement.setLong(1, testSite.site().getId());
                    statement.setTimestamp(2, Timestamp.from(instant), UTC);
                    statement.setString(3, kind);
                    statement.setObject(4, floor == null ? null : floor.getId());
                    statement.setString(5, floor == null ? null : floor.getName());
                    statement.setString(6, detail);
                });
    }

    private void personWorking(String name, WorkMode mode) {
        Person person = fixtures.person(testSite.site(), Fixtures.unique("W"), name, testSite.team(),
                testSite.floor1());
        Fixtures.asSystem(() -> {
            person.setWorkMode(mode);
            return people.save(person);
        });
    }

    private static Map<String, Object> figures(ComplianceReport report, Measure measure) {
        return report.rows().stream().filter(row -> row.measure() == measure).findFirst().orElseThrow().figures()
                .stream().collect(Collectors.toMap(Figure::labelKey, Figure::value, (a, b) -> a + ", " + b));
    }

    @Test
    void each_measure_shows_the_evidence_of_the_period_and_nothing_from_outside_it() {
        recordThePeriod();

        signIn(testSite.username(Role.AUDITOR));
        ComplianceReport report = compliance.report(testSite.site().getId(), from, to);

        assertThat(report.rows()).extracting(MeasureRow::measure).containsExactly(Measure.HYGIENE_ROUNDS,
                Measure.SYMPTOMS, Measure.TEMPERATURE, Measure.REMOTE_MEETINGS, Measure.FLOOR_MOVES,
                Measure.FLOOR_CLOSURES, Measure.TELEWORK);
        assertThat(figures(report, Measure.FLOOR_MOVES)).containsEntry("compliance.moves.requested", 3L)
                .containsEntry("compliance.moves.approved", 2L).containsEntry("compliance.moves.auto-approved", 1L)
                .containsEntry("compliance.moves.denied", 1L).containsEntry("compliance.moves.cap-refusals", 2L);
        assertThat(figures(report, Measure.REMOTE_MEETINGS)).containsEntry("compliance.meetings.remote", 3L)
                .containsEntry("compliance.meetings.physical", 1L)
                .containsEntry("compliance.meetings.share", new Percent(75.0));
        // 2 h 30 on Plateau 1, and Plateau 2 closed at 22:00 on the last day, counted to its end.
        assertThat(figures(report, Measure.FLOOR_CLOSURES)).containsEntry("compliance.closures.count", 2L)
                .containsEntry("compliance.closures.duration", Duration.ofMinutes(150 + 120))
                .containsEntry("compliance.closures.still-closed", testSite.floor2().getName());
        // 2 on site (the lead and the agent), 2 hybrid (one position), 2 in telework: 3 of 6.
        assertThat(figures(report, Measure.TELEWORK)).containsEntry("compliance.telework.share", new Percent(50.0));
        assertThat(report.rows().get(6).withinRule()).isTrue();
        // Nothing was recorded for rounds and health on this site: the rows say so with zeros.
        assertThat(figures(report, Measure.HYGIENE_ROUNDS)).containsEntry("compliance.rounds.missed", 0L);
        assertThat(figures(report, Measure.TEMPERATURE)).containsEntry("compliance.temperature.checks", 0L)
                .containsEntry("compliance.temperature.days", "0 / 10");
    }

    @Test
    void the_audit_pack_pdf_carries_the_figures_of_every_measure() throws Exception {
        recordThePeriod();
        signIn(testSite.username(Role.AUDITOR));
        List<Double> progress = new ArrayList<>();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();

        packs.writePdf(testSite.site().getId(), from, to, Locale.FRENCH, pdf, progress::add);

        PdfReader reader = new PdfReader(pdf.toByteArray());
        assertThat(reader.getNumberOfPages()).isEqualTo(8);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        // Table cells wrap their text over lines: compare with the words of each line joined.
        String summary = text.getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(summary).contains("Dossier d’audit de la charte sanitaire", testSite.site().getName(),
                "Déplacements demandés : 3", "Déplacements refusés : 1", "Entrées refusées à la jauge : 2",
                "Part des réunions à distance : 75 %", "Durée totale de fermeture : 4 h 30 min",
                "Entre 40 % et 80 % des postes passent en télétravail. Respectée");
        assertThat(text.getTextFromPage(7)).contains("Plateaux fermés", "Désinfection", testSite.floor1().getName());
        // The temperature section has a line per day of the range: counts only, here none.
        String temperature = text.getTextFromPage(4);
        assertThat(temperature).contains("Prise de température périodique", "Jour Contrôles de température");
        assertThat(temperature.lines().filter(line -> line.strip().matches("\\d{2}/\\d{2}/\\d{4} 0"))).hasSize(10);
        assertThat(progress).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void the_audit_pack_zip_holds_the_records_as_csv_files_that_read_back() throws Exception {
        recordThePeriod();
        signIn(testSite.username(Role.SITE_MANAGER));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();

        packs.writeZip(testSite.site().getId(), from, to, Locale.FRENCH, zip, done -> { });

        Map<String, List<CSVRecord>> files = unzip(zip.toByteArray());
        assertThat(files).containsOnlyKeys("synthese.csv", "reunions-par-semaine.csv", "fermetures.csv",
                "controles-temperature-par-jour.csv", "tournees.csv", "actions-correctives.csv",
                "journal-" + from + "-" + to + ".csv");
        assertThat(files.get("tournees.csv").get(0).toList()).containsExactly("Plateau", "Tournée",
                "Prévue le (heure locale, Africa/Casablanca)", "Statut", "Faite le (heure locale, Africa/Casablanca)",
                "Faite par", "Points non conformes");
        // Health data as counts only: a day and a number, ten days of them.
        assertThat(files.get("controles-temperature-par-jour.csv")).hasSize(11)
                .allSatisfy(record -> assertThat(record.size()).isEqualTo(2));
        assertThat(files.get("synthese.csv")).anySatisfy(record -> assertThat(record.toList()).containsExactly(
                "Déplacements entre plateaux limités", "Déplacements demandés", "3"));
        assertThat(files.get("fermetures.csv")).extracting(record -> record.get(3)).containsExactly(
                "Minutes de fermeture sur la période", "150", "120");
        // Header, and the eleven journal lines of the period: not the request of the day before.
        assertThat(files.get("journal-" + from + "-" + to + ".csv")).hasSize(12);
        long remote = files.get("reunions-par-semaine.csv").stream().skip(1)
                .mapToLong(record -> Long.parseLong(record.get(1))).sum();
        assertThat(remote).isEqualTo(3);
    }

    @Test
    void the_audit_pack_writes_each_moment_in_the_sites_time_with_its_offset_even_in_the_hour_that_comes_twice()
            throws Exception {
        // Casablanca puts its clocks back from 03:00 to 02:00 when Ramadan begins: that night, every
        // time from 02:00 to 03:00 happens twice, first at +01:00, then an hour later at +00:00.
        assertThat(zone).isEqualTo(ZoneId.of("Africa/Casablanca"));
        ZoneOffsetTransition back = lastClocksBack();
        LocalDate night = back.getDateTimeAfter().toLocalDate();
        ZonedDateTime two = back.getDateTimeAfter().atZone(zone);
        ZonedDateTime firstPass = two.withEarlierOffsetAtOverlap();
        ZonedDateTime secondPass = two.withLaterOffsetAtOverlap();
        assertThat(Duration.between(firstPass, secondPass)).isEqualTo(Duration.ofHours(1));
        // Plateau 1 closed at the first 02:30 and reopened at the second 02:15: 45 minutes, not minus 15.
        journal("FLOOR_CLOSED", firstPass.plusMinutes(30).toInstant(), testSite.floor1(), "Désinfection");
        journal("FLOOR_REOPENED", secondPass.plusMinutes(15).toInstant(), testSite.floor1(), null);
        // A round due at the first 02:00, done at the second 02:10; its failure opened then, closed at 02:40.
        roundAndAction(firstPass.toInstant(), secondPass.plusMinutes(10).toInstant(),
                secondPass.plusMinutes(40).toInstant());
        signIn(testSite.username(Role.AUDITOR));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();

        packs.writeZip(testSite.site().getId(), night, night, Locale.FRENCH, zip, done -> { });

        Map<String, List<CSVRecord>> files = unzip(zip.toByteArray());
        String first = night + " 02:";
        assertThat(files.get("fermetures.csv")).extracting(CSVRecord::toList).containsExactly(
                List.of("Plateau", "Fermé le (heure locale, Africa/Casablanca)",
                        "Rouvert le (heure locale, Africa/Casablanca)", "Minutes de fermeture sur la période", "Motif"),
                List.of(testSite.floor1().getName(), first + "30:00 +01:00", first + "15:00 +00:00", "45",
                        "Désinfection"));
        assertThat(files.get("tournees.csv").get(1).toList()).containsSubsequence(first + "00:00 +01:00",
                first + "10:00 +00:00");
        assertThat(files.get("actions-correctives.csv").get(0).toList()).contains(
                "Ouverte le (heure locale, Africa/Casablanca)", "Clôturée le (heure locale, Africa/Casablanca)");
        assertThat(files.get("actions-correctives.csv").get(1).toList()).contains(night.plusDays(1).toString())
                .containsSubsequence(first + "10:00 +00:00", first + "40:00 +00:00");
        // The journal lists the closing before the reopening, and says so in its times.
        List<CSVRecord> journal = files.get("journal-" + night + "-" + night + ".csv");
        assertThat(journal.get(0).get(0)).isEqualTo("Date et heure (heure locale, Africa/Casablanca)");
        assertThat(journal.subList(1, journal.size())).extracting(record -> record.get(0))
                .containsExactly(first + "30:00 +01:00", first + "15:00 +00:00");
        assertThat(files.values()).allSatisfy(lines -> assertThat(lines).allSatisfy(line -> assertThat(line.toList())
                .noneMatch(cell -> cell.matches(".*\\d{2}T\\d{2}:.*|.*:\\d{2}Z$"))));
    }

    /** The last night before now when the site's clocks went back (an overlap, not a gap). */
    private ZoneOffsetTransition lastClocksBack() {
        ZoneOffsetTransition transition = zone.getRules().previousTransition(Instant.now());
        while (transition != null && transition.isGap()) {
            transition = zone.getRules().previousTransition(transition.getInstant());
        }
        assertThat(transition).as("%s puts its clocks back every year", zone).isNotNull();
        return transition;
    }

    /** A round of floor 1 and, from its failed item, a corrective action due the next day. */
    private void roundAndAction(Instant scheduled, Instant completed, Instant actionClosed) {
        long siteId = testSite.site().getId();
        String name = Fixtures.unique("Tournée ");
        jdbc.update("INSERT INTO hygiene_template (site_id, name) VALUES (?, ?)", siteId, name);
        long template = jdbc.queryForObject("SELECT id FROM hygiene_template WHERE site_id = ? AND name = ?",
                Long.class, siteId, name);
        jdbc.update("INSERT INTO hygiene_round (site_id, floor_id, template_id, template_name, scheduled_at,"
                + " closes_at, completed_at, completed_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'Karim')", statement -> {
                    statement.setLong(1, siteId);
                    statement.setLong(2, testSite.floor1().getId());
                    statement.setLong(3, template);
                    statement.setString(4, name);
                    statement.setTimestamp(5, Timestamp.from(scheduled), UTC);
                    statement.setTimestamp(6, Timestamp.from(scheduled.plus(Duration.ofHours(4))), UTC);
                    statement.setTimestamp(7, Timestamp.from(completed), UTC);
                });
        long round = jdbc.queryForObject("SELECT id FROM hygiene_round WHERE template_id = ?", Long.class, template);
        LocalDate deadline = LocalDate.ofInstant(completed, zone).plusDays(1);
        jdbc.update("INSERT INTO corrective_action (site_id, floor_id, round_id, item_label, critical, failure_note,"
                + " action_text, owner_name, deadline, opened_at, opened_by, closed_at, closed_by)"
                + " VALUES (?, ?, ?, 'Aération', FALSE, 'Fenêtres fermées', 'Ouvrir', 'Karim', ?, ?, 'Karim', ?,"
                + " 'Karim')", statement -> {
                    statement.setLong(1, siteId);
                    statement.setLong(2, testSite.floor1().getId());
                    statement.setLong(3, round);
                    statement.setObject(4, deadline);
                    statement.setTimestamp(5, Timestamp.from(completed), UTC);
                    statement.setTimestamp(6, Timestamp.from(actionClosed), UTC);
                });
    }

    private static Map<String, List<CSVRecord>> unzip(byte[] zip) throws Exception {
        Map<String, List<CSVRecord>> files = new LinkedHashMap<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                String content = new String(entries.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(content).startsWith("\uFEFF");
                files.put(entry.getName(), Csv.FORMAT.parse(new StringReader(content.substring(1))).getRecords());
            }
        }
        return files;
    }

    private void recordThePeriod() {
        LocalDateTime day = from.plusDays(2).atTime(10, 0);
        for (int i = 0; i < 3; i++) {
            journal("REQUESTED", day.plusMinutes(i), null, null);
        }
        journal("APPROVED", day.plusMinutes(5), null, null);
        journal("AUTO_APPROVED", day.plusMinutes(6), null, null);
        journal("DENIED", day.plusMinutes(7), null, null);
        journal("CAP_REFUSED", day.plusMinutes(8), null, null);
        journal("CAP_REFUSED", day.plusMinutes(9), null, null);
        journal("REQUESTED", from.minusDays(1).atTime(10, 0), null, null);
        journal("FLOOR_CLOSED", day, testSite.floor1(), "Désinfection");
        journal("FLOOR_REOPENED", day.plusHours(2).plusMinutes(30), testSite.floor1(), null);
        journal("FLOOR_CLOSED", to.atTime(22, 0), testSite.floor2(), "Désinfection");
        meetings.held(testSite, MeetingMode.VIDEO, MeetingState.SCHEDULED, day, 30);
        meetings.held(testSite, MeetingMode.PHONE, MeetingState.SCHEDULED, day.plusHours(1), 30);
        meetings.held(testSite, MeetingMode.VIDEO, MeetingState.SCHEDULED, day.plusDays(1), 30);
        meetings.held(testSite, MeetingMode.PHYSICAL, MeetingState.SCHEDULED, day.plusDays(1).plusHours(2), 30);
        meetings.held(testSite, MeetingMode.PHYSICAL, MeetingState.DENIED, day.plusDays(1).plusHours(3), 30);
        personWorking("Télé Un", WorkMode.TELEWORK);
        personWorking("Télé Deux", WorkMode.TELEWORK);
        personWorking("Hybride Un", WorkMode.HYBRID);
        personWorking("Hybride Deux", WorkMode.HYBRID);
    }

    @Test
    void only_auditors_and_managers_of_the_site_read_it_and_a_reversed_range_is_refused() {
        signIn(testSite.username(Role.AGENT));
        assertDenied(() -> compliance.report(testSite.site().getId(), from, to));
        signIn(testSite.username(Role.HEALTH_OFFICER));
        assertDenied(() -> compliance.report(testSite.site().getId(), from, to));
        signIn(fixtures.site().username(Role.AUDITOR));
        assertDenied(() -> compliance.report(testSite.site().getId(), from, to));

        signIn(testSite.username(Role.SITE_MANAGER));
        assertRefused(() -> compliance.report(testSite.site().getId(), to, from), "compliance.error.range");
        assertThat(compliance.report(testSite.site().getId(), from, to).rows()).hasSize(Measure.values().length);
    }
}
