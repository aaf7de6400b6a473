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
        Instant instant = at.atZone(zone).toInstant();
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

        Map<String, List<CSVRecord>> files = new LinkedHashMap<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                String content = new String(entries.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(content).startsWith("\uFEFF");
                files.put(entry.getName(), Csv.FORMAT.parse(new StringReader(content.substring(1))).getRecords());
            }
        }
        assertThat(files).containsOnlyKeys("synthese.csv", "reunions-par-semaine.csv", "fermetures.csv",
                "controles-temperature-par-jour.csv", "tournees.csv", "actions-correctives.csv",
                "journal-" + from + "-" + to + ".csv");
        assertThat(files.get("tournees.csv").get(0).toList()).containsExactly("Plateau", "Tournée", "Prévue le",
                "Statut", "Faite le", "Faite par", "Points non conformes");
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
