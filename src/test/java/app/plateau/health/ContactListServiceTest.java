package app.plateau.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.base.Csv;
import app.plateau.base.NotFoundException;
import app.plateau.organisation.Floor;
import app.plateau.organisation.Person;
import app.plateau.security.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Contact lists on a presence history written row by row, so every overlap is known to the minute.
 * The window is the two local days before today's midnight on the site; "day -2" is its first day.
 */
@Tag("mariadb")
class ContactListServiceTest extends SignedInServiceTest {

    @Autowired
    ContactListService contactLists;
    @Autowired
    JdbcTemplate jdbc;

    ZoneId zone;
    LocalDate today;
    Instant to;
    Instant from;
    Person traced;
    Floor floor1;
    Floor floor2;

    @BeforeEach
    void history() {
        zone = testSite.site().zoneId();
        today = LocalDate.now(zone);
        to = at(0, 0, 0);
        from = to.minus(Duration.ofHours(48));
        traced = testSite.agent();
        floor1 = testSite.floor1();
        floor2 = testSite.floor2();

        // The traced agent: a night shift that began before the window, a morning on floor 1 then a
        // move to floor 2 at noon, a night shift across midnight, and a stay still open.
        stay(traced, floor1, at(-3, 20, 0), at(-2, 2, 0));
        stay(traced, floor1, at(-2, 8, 0), at(-2, 12, 0));
        stay(traced, floor2, at(-2, 12, 0), at(-2, 17, 0));
        stay(traced, floor1, at(-2, 22, 0), at(-1, 6, 0));
        stay(traced, floor1, at(-1, 20, 0), null);
    }

    /** An instant at a local time of the site, {@code days} from today. */
    private Instant at(int days, int hour, int minute) {
        return today.plusDays(days).atTime(hour, minute).atZone(zone).toInstant();
    }

    private Person person(String name) {
        return fixtures.person(testSite.site(), Fixtures.unique("c"), name, testSite.team(), floor1);
    }

    private void stay(Person person, Floor floor, Instant start, Instant end) {
        jdbc.update("""
                INSERT INTO presence (site_id, person_id, floor_id, started_at, start_kind, started_by, ended_at,
                    end_kind, ended_by, open_person_id) VALUES (?, ?, ?, ?, 'MANUAL', 'test', ?, ?, ?, ?)""",
                floor.getSite().getId(), person.getId(), floor.getId(), utc(start), end == null ? null : utc(end),
                end == null ? null : "MANUAL", end == null ? null : "test", end == null ? person.getId() : null);
        if (end == null) {
            // Keeps the floor's counter in step, so the end-of-day job can close the stay as it would a real one.
            jdbc.update("UPDATE floor_occupancy SET present = present + 1 WHERE floor_id = ?", floor.getId());
        }
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** An approved (or other) physical meeting held once, organised by the team lead. */
    private void meeting(String title, String state, Instant start, Instant end, boolean cancelled,
            Person... attendees) {
        Instant created = start.minus(Duration.ofDays(3));
        jdbc.update("""
                INSERT INTO meeting (site_id, uid, title, organiser_id, meeting_mode, state, first_start_local,
                    duration_minutes, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, 'PHYSICAL', ?, ?, ?, ?,
                    'test', ?)""",
                testSite.site().getId(), UUID.randomUUID().toString(), title, testSite.lead().getId(), state,
                LocalDateTime.ofInstant(start, zone), (int) Duration.between(start, end).toMinutes(), utc(created),
                utc(created));
        Long meetingId = jdbc.queryForObject("SELECT max(id) FROM meeting WHERE title = ?", Long.class, title);
        for (Person attendee : attendees) {
            jdbc.update("INSERT INTO meeting_attendee (meeting_id, person_id) VALUES (?, ?)", meetingId,
                    attendee.getId());
        }
        jdbc.update("""
                INSERT INTO meeting_occurrence (meeting_id, site_id, original_start, starts_at, ends_at, cancelled)
                VALUES (?, ?, ?, ?, ?, ?)""", meetingId, testSite.site().getId(), utc(start), utc(start), utc(end),
                cancelled);
    }

    /** The full history of the scenario: one contact per edge, with its known time together. */
    private void everyone() {
        Person plain = person("Amine Matin");
        stay(plain, floor1, at(-2, 9, 0), at(-2, 11, 30));

        Person touching = person("Badr Contigu");
        stay(touching, floor1, at(-2, 6, 0), at(-2, 8, 0));
        stay(touching, floor1, at(-2, 12, 0), at(-2, 14, 0));

        Person mover = person("Chaïmae Mobile");
        stay(mover, floor1, at(-2, 11, 0), at(-2, 13, 0));
        stay(mover, floor2, at(-2, 13, 0), at(-2, 15, 0));

        Person night = person("Driss Nuit");
        stay(night, floor1, at(-2, 23, 0), at(-1, 7, 0));

        Person early = person("Elias Avant");
        stay(early, floor1, at(-3, 18, 0), at(-2, 1, 0));

        Person open = person("Ghita Ouverte");
        stay(open, floor1, at(-1, 23, 0), null);

        TestSite elsewhere = fixtures.site();
        stay(elsewhere.agent(), elsewhere.floor1(), at(-2, 8, 0), at(-2, 12, 0));

        Person colleague = person("Meryem Réunion");
        meeting("Point sécurité", "SCHEDULED", at(-1, 10, 0), at(-1, 11, 30), false, traced, colleague);
        Person denied = person("Hamza Refusé");
        meeting("Réunion refusée", "DENIED", at(-1, 10, 0), at(-1, 11, 0), false, traced, denied);
        Person skipped = person("Imane Annulée");
        meeting("Séance annulée", "SCHEDULED", at(-1, 14, 0), at(-1, 15, 0), true, traced, skipped);
    }

    @Test
    void lists_who_shared_a_floor_or_a_meeting_longest_first_with_exact_durations() {
        everyone();
        signIn(testSite.username(Role.HEALTH_OFFICER));

        ContactList list = contactLists.contacts(traced.getId(), from, to);

        assertThat(list.contacts()).extracting(Contact::name, Contact::overlap).containsExactly(
                tuple("Driss Nuit", Duration.ofHours(7)),
                tuple("Chaïmae Mobile", Duration.ofHours(3)),
                tuple("Amine Matin", Duration.ofMinutes(150)),
                tuple("Meryem Réunion", Duration.ofMinutes(90)),
                tuple(testSite.lead().getFullName(), Duration.ofMinutes(90)),
                tuple("Elias Avant", Duration.ofHours(1)),
                tuple("Ghita Ouverte", Duration.ofHours(1)));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    @Test
    void a_move_between_floors_counts_each_stay_on_its_own_floor() {
        everyone();
        signIn(testSite.username(Role.HEALTH_OFFICER));

        Contact mover = contact(contactLists.contacts(traced.getId(), from, to), "Chaïmae Mobile");

        assertThat(mover.floors()).containsExactly("Plateau 1", "Plateau 2");
        assertThat(mover.firstOverlap()).isEqualTo(at(-2, 11, 0));
        assertThat(mover.lastOverlap()).isEqualTo(at(-2, 15, 0));
        assertThat(mover.meetings()).isEmpty();
    }

    @Test
    void a_night_shift_across_midnight_and_a_stay_begun_before_the_window_count_their_part_in_it() {
        everyone();
        signIn(testSite.username(Role.HEALTH_OFFICER));
        ContactList list = contactLists.contacts(traced.getId(), from, to);

        Contact night = contact(list, "Driss Nuit");
        assertThat(night.firstOverlap()).isEqualTo(at(-2, 23, 0));
        assertThat(night.lastOverlap()).isEqualTo(at(-1, 6, 0));
        Contact early = contact(list, "Elias Avant");
        assertThat(early.firstOverlap()).isEqualTo(from);
        assertThat(early.lastOverlap()).isEqualTo(at(-2, 1, 0));
    }

    @Test
    void touching_stays_the_person_themself_and_other_sites_are_not_contacts() {
        everyone();
        signIn(testSite.username(Role.HEALTH_OFFICER));

        assertThat(contactLists.contacts(traced.getId(), from, to).contacts()).extracting(Contact::name)
                .doesNotContain("Badr Contigu", traced.getFullName())
                .allSatisfy(name -> assertThat(name).doesNotContain("Youssef Agent"));
    }

    @Test
    void only_held_sittings_of_approved_physical_meetings_count_and_they_say_which_meeting() {
        everyone();
        signIn(testSite.username(Role.HEALTH_OFFICER));
        ContactList list = contactLists.contacts(traced.getId(), from, to);

        assertThat(list.contacts()).extracting(Contact::name).doesNotContain("Hamza Refusé", "Imane Annulée");
        Contact colleague = contact(list, "Meryem Réunion");
        assertThat(colleague.meetings()).containsExactly("Point sécurité");
        assertThat(colleague.floors()).isEmpty();
        assertThat(colleague.sources(Locale.FRENCH)).isEqualTo("Réunion « Point sécurité »");
    }

    @Test
    void an_open_stay_counts_until_now_when_the_window_reaches_now() {
        Instant now = Instant.now();
        // Both stays begin after the site's last end of day, so the end-of-day job leaves them open.
        ZonedDateTime dayEnd = LocalDate.now(zone).atTime(testSite.site().getDayEnd()).atZone(zone);
        Instant lastDayEnd = (dayEnd.toInstant().isAfter(now) ? dayEnd.minusDays(1) : dayEnd).toInstant();
        Instant since = lastDayEnd.isAfter(now.minus(Duration.ofHours(2))) ? lastDayEnd.plusSeconds(1)
                : now.minus(Duration.ofHours(2));
        Person arriving = person("Tarik Arrivé");
        Person open = person("Ghita Ouverte");
        stay(arriving, floor2, since, null);
        stay(open, floor2, since, null);
        signIn(testSite.username(Role.HEALTH_OFFICER));

        Contact contact = contact(contactLists.contacts(arriving.getId(), now.minus(Duration.ofHours(48)),
                now.plus(Duration.ofHours(1))), "Ghita Ouverte");

        assertThat(contact.overlap()).isBetween(Duration.between(since, now), Duration.between(since, Instant.now()));
    }

    @Test
    void each_list_and_each_export_is_logged_with_the_window_and_the_count() throws IOException {
        everyone();
        signIn(testSite.username(Role.HEALTH_OFFICER));
        contactLists.contacts(traced.getId(), from, to);
        contactLists.writeCsv(traced.getId(), from, to, Locale.FRENCH, new ByteArrayOutputStream());

        assertThat(jdbc.queryForList("SELECT action, person_id, detail FROM health_read_log WHERE site_id = ?"
                + " ORDER BY id", testSite.site().getId()))
                .extracting(row -> row.get("action"), row -> ((Number) row.get("person_id")).longValue(),
                        row -> row.get("detail"))
                .containsExactly(tuple("CONTACT_LIST", traced.getId(), "health.log.detail.contact-list|48|7"),
                        tuple("EXPORT", traced.getId(), "health.log.detail.export|48|7"));
    }

    @Test
    void the_export_reads_back_as_the_list_in_order_with_minutes() throws IOException {
        everyone();
        signIn(testSite.username(Role.HEALTH_OFFICER));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int written = contactLists.writeCsv(traced.getId(), from, to, Locale.FRENCH, out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(text.substring(1))).getRecords();
        assertThat(written).isEqualTo(7);
        assertThat(records).extracting(r -> r.get("Personne"), r -> r.get("Durée de contact (minutes)"))
                .containsExactly(tuple("Driss Nuit", "420"), tuple("Chaïmae Mobile", "180"),
                        tuple("Amine Matin", "150"), tuple("Meryem Réunion", "90"),
                        tuple(testSite.lead().getFullName(), "90"), tuple("Elias Avant", "60"),
                        tuple("Ghita Ouverte", "60"));
        CSVRecord mover = records.get(1);
        assertThat(mover.get("Plateaux")).isEqualTo("Plateau 1, Plateau 2");
        assertThat(mover.get("Source")).isEqualTo("Présence sur le plateau");
        String first = "Premier contact (heure locale, " + zone.getId() + ")";
        assertThat(mover.get(first)).startsWith(today.minusDays(2) + " 11:00:00 +0");
        assertThat(OffsetDateTime.parse(mover.get(first), Csv.TIME).toInstant()).isEqualTo(at(-2, 11, 0));
        assertThat(records.get(3).get("Source")).isEqualTo("Réunion « Point sécurité »");
    }

    @Test
    void a_window_longer_than_fourteen_days_or_ending_before_it_starts_is_refused() {
        signIn(testSite.username(Role.HEALTH_OFFICER));
        assertRefused(() -> contactLists.contacts(traced.getId(), to.minus(Duration.ofDays(15)), to),
                "contacts.error.window-too-long");
        assertRefused(() -> contactLists.contacts(traced.getId(), to, from), "contacts.error.window");
    }

    @Test
    void agents_team_leads_auditors_and_managers_cannot_draw_up_a_contact_list() {
        for (Role role : List.of(Role.AGENT, Role.TEAM_LEAD, Role.AUDITOR, Role.SITE_MANAGER, Role.ADMIN)) {
            signIn(testSite.username(role));
            assertDenied(() -> contactLists.contacts(traced.getId(), from, to));
            assertDenied(() -> contactLists.writeCsv(traced.getId(), from, to, Locale.FRENCH,
                    new ByteArrayOutputStream()));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM health_read_log WHERE site_id = ?", Long.class,
                testSite.site().getId())).isZero();
    }

    @Test
    void a_person_of_another_site_is_not_found() {
        TestSite elsewhere = fixtures.site();
        signIn(testSite.username(Role.HEALTH_OFFICER));

        assertThatThrownBy(() -> contactLists.contacts(elsewhere.agent().getId(), from, to))
                .isInstanceOf(NotFoundException.class);
    }

    private static Contact contact(ContactList list, String name) {
        return list.contacts().stream().filter(contact -> contact.name().equals(name)).findFirst().orElseThrow();
    }
}
