package app.plateau.occupancy;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.base.Csv;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.Person;
import app.plateau.security.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.WorkingPeriod;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

@Tag("mariadb")
class MovementServiceTest extends SignedInServiceTest {

    @Autowired
    MovementService history;
    @Autowired
    PresenceService presence;
    @Autowired
    FloorService floors;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    SiteService sites;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(testSite.site().zoneId()));
    }

    private Instant startOfToday() {
        return today().atStartOfDay(testSite.site().zoneId()).toInstant();
    }

    private MovementFilter day(LocalDate day, Floor floor, String person) {
        return MovementFilter.day(testSite.site().getId(), day, floor == null ? null : floor.getId(), person);
    }

    private List<String> people(MovementFilter filter) {
        return history.page(filter, PageRequest.of(0, 50)).stream().map(Movement::getPersonName).toList();
    }

    /** The agent on floor 1 (checked in by themselves) and the lead on floor 2 (by the manager). */
    private void agentAndLeadPresent() {
        signIn(testSite.username(Role.AGENT));
        presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        signIn(testSite.username(Role.SITE_MANAGER));
        presence.checkIn(testSite.lead().getId(), testSite.floor2().getId());
    }

    /** A journal line written as the ledger would have at another time. */
    private void line(Instant at, MovementKind kind, Person person, Floor to, String detail) {
        jdbc.update("""
                INSERT INTO movement (site_id, at, kind, person_id, person_name, to_floor_id, to_floor_name,
                    actor_name, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                testSite.site().getId(), LocalDateTime.ofInstant(at, ZoneOffset.UTC), kind.name(),
                person == null ? null : person.getId(), person == null ? null : person.getFullName(),
                to.getId(), to.getName(), "Badge", detail);
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), format)) {
            return parser.getRecords();
        }
    }

    @Test
    void an_agent_reads_only_their_own_lines() {
        agentAndLeadPresent();
        signIn(testSite.username(Role.AGENT));

        assertThat(people(day(today(), null, null))).containsExactly(testSite.agent().getFullName());
        assertThat(history.count(day(today(), null, null))).isEqualTo(1);
        assertThat(people(day(today(), null, "nadia"))).isEmpty();
        assertThat(history.scope(null).ownOnly()).isTrue();
    }

    @Test
    void a_team_lead_reads_only_their_own_lines_too() {
        agentAndLeadPresent();
        signIn(testSite.username(Role.TEAM_LEAD));

        assertThat(people(day(today(), null, null))).containsExactly(testSite.lead().getFullName());
    }

    @Test
    void a_manager_reads_the_sites_day_filtered_by_floor_and_by_part_of_a_name() {
        agentAndLeadPresent();
        line(startOfToday().minus(Duration.ofMinutes(30)), MovementKind.CHECK_IN, testSite.agent(),
                testSite.floor2(), null);
        signIn(testSite.username(Role.SITE_MANAGER));

        assertThat(people(day(today(), null, null)))
                .containsExactlyInAnyOrder(testSite.agent().getFullName(), testSite.lead().getFullName());
        assertThat(people(day(today(), testSite.floor2(), null))).containsExactly(testSite.lead().getFullName());
        assertThat(people(day(today(), null, "  YOUSSEF "))).containsExactly(testSite.agent().getFullName());
        assertThat(people(day(today().minusDays(1), null, null))).containsExactly(testSite.agent().getFullName());
        assertThat(history.count(day(today(), testSite.floor1(), "nadia"))).isZero();
    }

    @Test
    void the_newest_line_comes_first_on_screen() {
        Instant start = startOfToday();
        line(start.plusSeconds(60), MovementKind.CHECK_IN, testSite.agent(), testSite.floor1(), null);
        line(start.plusSeconds(120), MovementKind.CHECK_IN, testSite.lead(), testSite.floor1(), null);
        signIn(testSite.username(Role.AUDITOR));

        assertThat(people(day(today(), null, null)))
                .containsExactly(testSite.lead().getFullName(), testSite.agent().getFullName());
    }

    @Test
    void another_sites_manager_and_an_account_without_a_person_are_denied() throws IOException {
        agentAndLeadPresent();
        TestSite elsewhere = fixtures.site();
        signIn(elsewhere.username(Role.SITE_MANAGER));
        assertDenied(() -> history.page(day(today(), null, null), PageRequest.of(0, 10)));
        assertDenied(() -> history.count(day(today(), null, null)));
        assertDenied(() -> history.writeCsv(day(today(), null, null), Locale.FRENCH, new ByteArrayOutputStream()));

        signIn(testSite.username(Role.AGENT));
        assertDenied(() -> history.count(MovementFilter.day(elsewhere.site().getId(), today(), null, null)));

        signIn(testSite.username(Role.HEALTH_OFFICER));
        assertDenied(() -> history.count(day(today(), null, null)));
        assertDenied(() -> history.writeCsv(day(today(), null, null), Locale.FRENCH, new ByteArrayOutputStream()));
    }

    @Test
    void a_period_of_more_than_31_days_or_running_backwards_is_refused() {
        signIn(testSite.username(Role.SITE_MANAGER));
        Long site = testSite.site().getId();
        LocalDate from = today().minusDays(40);

        assertThat(history.count(new MovementFilter(site, from, from.plusDays(30), null, null))).isZero();
        assertRefused(() -> history.count(new MovementFilter(site, from, from.plusDays(31), null, null)),
                "history.error.range-too-long");
        assertRefused(() -> history.count(new MovementFilter(site, from, from.minusDays(1), null, null)),
                "history.error.range-order");
        assertRefused(() -> history.count(new MovementFilter(site, null, null, null, null)), "error.required");
    }

    @Test
    void the_csv_export_reads_back_with_a_translated_header_site_times_with_their_offset_and_the_filtered_lines()
            throws IOException {
        agentAndLeadPresent();
        signIn(testSite.username(Role.SITE_MANAGER));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = history.writeCsv(day(today(), testSite.floor2(), null), Locale.FRENCH, out);

        List<CSVRecord> records = parse(out.toByteArray());
        assertThat(written).isEqualTo(1);
        assertThat(records.get(0).values()).containsExactly(
                "Date et heure (heure locale, " + testSite.site().zoneId().getId() + ")", "Mouvement", "Personne",
                "Plateau quitté", "Plateau rejoint", "Par", "Détail");
        assertThat(records).hasSize(2);
        CSVRecord line = records.get(1);
        assertThat(line.get(1)).isEqualTo("Entrée");
        assertThat(line.get(2)).isEqualTo(testSite.lead().getFullName());
        assertThat(line.get(4)).isEqualTo("Plateau 2");
        assertThat(line.get(5)).isEqualTo("SITE_MANAGER " + testSite.site().getName().substring(5));
        // The site's wall-clock time with its offset, to the second: "2026-12-06 10:31:05 +01:00".
        assertThat(line.get(0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} [+-]\\d{2}:\\d{2}");
        OffsetDateTime time = OffsetDateTime.parse(line.get(0), Csv.TIME);
        assertThat(time.getOffset()).isEqualTo(testSite.site().zoneId().getRules().getOffset(time.toInstant()));
        assertThat(Duration.between(time.toInstant(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));

        ByteArrayOutputStream english = new ByteArrayOutputStream();
        history.writeCsv(day(today(), testSite.floor2(), null), Locale.ENGLISH, english);
        assertThat(parse(english.toByteArray()).get(1).get(1)).isEqualTo("Check-in");
    }

    @Test
    void an_export_longer_than_a_page_writes_every_line_once_in_time_order() throws IOException {
        int lines = MovementService.EXPORT_PAGE * 2 + 7;
        Instant start = startOfToday().plusSeconds(60);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            // Three lines share each instant, so pages must also break ties by id.
            rows.add(new Object[] {testSite.site().getId(), LocalDateTime.ofInstant(start.plusSeconds(i / 3),
                    ZoneOffset.UTC), "CHECK_IN", "Personne " + i, "Badge"});
        }
        jdbc.batchUpdate("INSERT INTO movement (site_id, at, kind, person_name, actor_name) VALUES (?, ?, ?, ?, ?)",
                rows);
        signIn(testSite.username(Role.AUDITOR));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(history.writeCsv(day(today(), null, null), Locale.FRENCH, out)).isEqualTo(lines);

        List<CSVRecord> records = parse(out.toByteArray());
        assertThat(records).hasSize(lines + 1);
        List<String> names = records.subList(1, records.size()).stream().map(record -> record.get(2)).toList();
        assertThat(names).doesNotHaveDuplicates().hasSize(lines);
        List<OffsetDateTime> times = records.subList(1, records.size()).stream()
                .map(record -> OffsetDateTime.parse(record.get(0), Csv.TIME)).toList();
        assertThat(times).isSortedAccordingTo(OffsetDateTime::compareTo);
    }

    @Test
    void a_text_that_starts_like_a_spreadsheet_formula_is_exported_as_text() throws IOException {
        line(startOfToday().plusSeconds(60), MovementKind.CAP_REFUSED, null, testSite.floor1(),
                "=HYPERLINK(\"http://x\";\"y\")");
        signIn(testSite.username(Role.SITE_MANAGER));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        history.writeCsv(day(today(), null, null), Locale.FRENCH, out);

        assertThat(parse(out.toByteArray()).get(1).get(6)).isEqualTo("'=HYPERLINK(\"http://x\";\"y\")");
    }

    @Test
    void closing_and_reopening_a_floor_is_journalled_with_the_reason_and_who_did_it() {
        signIn(testSite.username(Role.SITE_MANAGER));
        floors.close(testSite.floor2().getId(), "  Désinfection ");
        floors.reopen(testSite.floor2().getId());

        List<Movement> lines = history.page(day(today(), testSite.floor2(), null), PageRequest.of(0, 10));
        assertThat(lines).extracting(Movement::getKind)
                .containsExactlyInAnyOrder(MovementKind.FLOOR_CLOSED, MovementKind.FLOOR_REOPENED);
        Movement closed = lines.stream().filter(m -> m.getKind() == MovementKind.FLOOR_CLOSED).findFirst()
                .orElseThrow();
        assertThat(closed.getDetail()).isEqualTo("Désinfection");
        assertThat(closed.getToFloorName()).isEqualTo("Plateau 2");
        assertThat(closed.getPersonId()).isNull();
        assertThat(closed.getActorName()).isEqualTo("SITE_MANAGER " + testSite.site().getName().substring(5));
    }

    @Test
    void a_refused_closing_leaves_no_line() {
        signIn(testSite.username(Role.SITE_MANAGER));
        assertRefused(() -> floors.close(testSite.floor2().getId(), "   "), "error.required");
        assertRefused(() -> floors.reopen(testSite.floor2().getId()), "floor.error.already-open");

        assertThat(history.count(day(today(), testSite.floor2(), null))).isZero();
    }

    @Test
    void at_a_site_working_in_periods_todays_history_is_the_current_period_begun_nearly_a_day_ago() {
        agentAndLeadPresent();
        // One period a day, starting an hour from now: the current one began 23 hours ago, across midnight.
        ZonedDateTime local = clock.instant().atZone(testSite.site().zoneId());
        String start = local.plusHours(1).toLocalTime().withSecond(0).withNano(0).toString();
        signIn(testSite.username(Role.ADMIN));
        var site = sites.get(testSite.site().getId());
        site.setPeriodStarts(start);
        sites.save(site);
        WorkingPeriod period = sites.workingPeriod(testSite.site().getId(), clock.instant());
        assertThat(java.time.Duration.between(period.start(), clock.instant()).toHours()).isBetween(21L, 23L);
        moveLines(testSite.agent().getId(), period.start().plusSeconds(60));
        moveLines(testSite.lead().getId(), period.start().minusSeconds(60));
        signIn(testSite.username(Role.SITE_MANAGER));

        MovementFilter current = MovementFilter.currentPeriod(testSite.site().getId(), today(), null, null);
        assertThat(people(current)).containsExactly(testSite.agent().getFullName());
        assertThat(history.count(current)).isEqualTo(1);
    }

    private void moveLines(long personId, Instant at) {
        jdbc.update("UPDATE movement SET at = ? WHERE person_id = ?",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC)), personId);
    }
}
