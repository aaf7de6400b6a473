package app.plateau.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import app.plateau.Fixtures;
import app.plateau.SignedInServiceTest;
import app.plateau.audit.AuditPackService;
import app.plateau.base.Csv;
import app.plateau.base.DomainException;
import app.plateau.base.Messages;
import app.plateau.occupancy.DeviceDraft;
import app.plateau.occupancy.DeviceKind;
import app.plateau.occupancy.DeviceService;
import app.plateau.occupancy.Movement;
import app.plateau.occupancy.MovementFilter;
import app.plateau.occupancy.MovementKind;
import app.plateau.occupancy.MovementService;
import app.plateau.occupancy.PresenceService;
import app.plateau.organisation.Person;
import app.plateau.security.Role;
import app.plateau.transfer.MoveDraft;
import app.plateau.transfer.MoveReason;
import app.plateau.transfer.TransferService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Health data stays with the health officer (issue 10, part 2): what the others read of a person
 * whom a health rule sent off the floors or keeps off them, and what the access log keeps of reads.
 */
@Tag("security")
@Tag("mariadb")
class HealthPrivacyTest extends SignedInServiceTest {

    @Autowired
    TemperatureService temperatures;
    @Autowired
    SymptomService symptoms;
    @Autowired
    PresenceService presence;
    @Autowired
    TransferService transfers;
    @Autowired
    DeviceService devices;
    @Autowired
    MovementService history;
    @Autowired
    AuditPackService packs;
    @Autowired
    ContactListService contacts;
    @Autowired
    HealthAccessService accessService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    Clock clock;

    private Person agent;

    @BeforeEach
    void agent() {
        agent = testSite.agent();
    }

    private long siteId() {
        return testSite.site().getId();
    }

    private String officerName() {
        return "HEALTH_OFFICER " + testSite.username(Role.HEALTH_OFFICER).replace("-health", "");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(testSite.site().zoneId()));
    }

    private void checksIn(Person person, Role role) {
        signIn(testSite.username(role));
        presence.checkIn(person.getId(), testSite.floor1().getId());
    }

    private void feverFor(Person person) {
        signIn(testSite.username(Role.HEALTH_OFFICER));
        temperatures.record(person.getId(), CheckMoment.SHIFT, CheckResult.ABOVE_THRESHOLD, new BigDecimal("38.4"));
    }

    /** The person's lines of today as a manager reads them: kind, whether the person acted, detail. */
    private List<org.assertj.core.groups.Tuple> linesOf(Person person) {
        signIn(testSite.username(Role.SITE_MANAGER));
        List<Movement> lines = history.page(MovementFilter.day(siteId(), today(), null, person.getFullName()),
                PageRequest.of(0, 20, org.springframework.data.domain.Sort.by("at")));
        return lines.stream().map(line -> tuple(line.getKind(),
                line.getActorName().equals(person.getFullName()) ? "the person" : line.getActorName(),
                line.getDetail())).toList();
    }

    @Test
    void a_check_out_on_a_temperature_reads_like_the_persons_own_in_the_history_its_csv_and_the_audit_pack()
            throws Exception {
        checksIn(agent, Role.AGENT);
        feverFor(agent);

        assertThat(linesOf(agent)).containsExactly(tuple(MovementKind.CHECK_IN, "the person", null),
                tuple(MovementKind.CHECK_OUT, "the person", null));
        signIn(testSite.username(Role.SITE_MANAGER));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        history.writeCsv(MovementFilter.day(siteId(), today(), null, null), Locale.FRENCH, csv);
        String exported = csv.toString(StandardCharsets.UTF_8);
        assertThat(exported).doesNotContainIgnoringCase("santé").doesNotContain(officerName());
        assertThat(records(exported)).extracting(record -> record.get(1) + "|" + record.get(5))
                .containsExactly("Mouvement|Par", "Entrée|" + agent.getFullName(), "Sortie|" + agent.getFullName());

        signIn(testSite.username(Role.AUDITOR));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        packs.writeZip(siteId(), today(), today(), Locale.FRENCH, zip, done -> { });
        String journal = zipEntry(zip.toByteArray(), "journal-" + today() + "-" + today() + ".csv");
        assertThat(journal).doesNotContainIgnoringCase("santé").doesNotContain(officerName())
                .contains("Sortie;" + agent.getFullName() + ";Plateau 1;;" + agent.getFullName() + ";");

        Map<String, Object> stay = jdbc.queryForMap("select end_kind, ended_by from presence where person_id = ?",
                agent.getId());
        assertThat(stay).containsEntry("end_kind", "MANUAL").containsEntry("ended_by", agent.getFullName());
        assertThat(jdbc.queryForObject("select count(*) from movement where kind = 'HEALTH_CHECK_OUT'", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from presence where end_kind = 'HEALTH'", Long.class))
                .isZero();
    }

    @Test
    void sending_home_ends_the_stay_and_the_move_exactly_as_the_persons_own_check_out_does() {
        Person lead = testSite.lead();
        for (Person person : List.of(agent, lead)) {
            checksIn(person, person == lead ? Role.TEAM_LEAD : Role.AGENT);
            transfers.request(new MoveDraft(person.getId(), testSite.floor2().getId(), MoveReason.TRAINING, null,
                    null, null));
        }
        presence.checkOut(lead.getId());
        signIn(testSite.username(Role.TEAM_LEAD));
        long caseId = symptoms.report(agent.getId(), Set.of(Symptom.COUGH), null);
        signIn(testSite.username(Role.HEALTH_OFFICER));
        symptoms.decide(caseId, Outcome.SENT_HOME, today().plusDays(1));

        List<org.assertj.core.groups.Tuple> sentHome = linesOf(agent);
        assertThat(sentHome).isEqualTo(linesOf(lead));
        assertThat(sentHome).extracting(line -> line.toList().get(0)).containsExactly(MovementKind.CHECK_IN,
                MovementKind.REQUESTED, MovementKind.CHECK_OUT, MovementKind.CANCELLED);
        // The lead's notice of the outcome (issue 5) stays: who and until when, never the symptoms.
        signIn(testSite.username(Role.TEAM_LEAD));
        assertThat(symptoms.noticesForMe()).extracting(ReportedCase::personName, ReportedCase::outcome)
                .containsExactly(tuple(agent.getFullName(), Outcome.SENT_HOME));
    }

    @Test
    void a_refused_entry_tells_the_person_to_see_the_health_officer_and_others_no_cause() {
        feverFor(agent);
        String reader = Fixtures.asSystem(() -> devices.create(new DeviceDraft(siteId(), Fixtures.unique("Lecteur "),
                DeviceKind.BADGE_READER, testSite.floor1().getId())).token());
        app.plateau.Signing.signOut();

        DomainException atTheDoor = catchThrowableOfType(DomainException.class,
                () -> presence.badgeIn(reader, agent.getEmployeeNumber()));
        assertThat(Messages.get(Locale.FRENCH, atTheDoor)).isEqualTo("Entrée refusée : voyez le référent santé.");
        assertThat(Messages.get(Locale.ENGLISH, atTheDoor)).isEqualTo("Entry refused: see the health officer.");
        signIn(testSite.username(Role.AGENT));
        DomainException self = catchThrowableOfType(DomainException.class,
                () -> presence.checkIn(agent.getId(), testSite.floor1().getId()));
        assertThat(Messages.get(Locale.FRENCH, self)).isEqualTo("Entrée refusée : voyez le référent santé.");

        for (Role role : List.of(Role.TEAM_LEAD, Role.SITE_MANAGER)) {
            signIn(testSite.username(role));
            DomainException onBehalf = catchThrowableOfType(DomainException.class,
                    () -> presence.checkIn(agent.getId(), testSite.floor1().getId()));
            assertThat(Messages.get(Locale.FRENCH, onBehalf))
                    .isEqualTo("Entrée de " + agent.getFullName() + " refusée pour le moment.");
            assertThat(Messages.get(Locale.ENGLISH, onBehalf))
                    .isEqualTo("Entry refused for " + agent.getFullName() + " for now.");
        }
    }

    @Test
    void a_list_read_records_the_people_whose_data_it_showed() {
        signIn(testSite.username(Role.HEALTH_OFFICER));
        temperatures.record(agent.getId(), CheckMoment.ENTRY, CheckResult.CLEARED, null);
        temperatures.record(testSite.lead().getId(), CheckMoment.ENTRY, CheckResult.CLEARED, null);

        temperatures.today(siteId(), 0, 50);
        assertThat(personsOfLastRead()).containsExactlyInAnyOrder(agent.getId(), testSite.lead().getId());
        // A page of one check logs one person: the newest check, the lead's.
        temperatures.today(siteId(), 0, 1);
        assertThat(personsOfLastRead()).containsExactly(testSite.lead().getId());
        assertThat(temperatures.countToday(siteId())).isEqualTo(2);
    }

    @Test
    void the_access_log_answers_who_read_a_persons_data_through_every_list_and_export() throws Exception {
        Person other = fixtures.person(testSite.site(), Fixtures.unique("O"), "Autre " + Fixtures.unique(""), null,
                testSite.floor2());
        checksIn(agent, Role.AGENT);
        checksIn(testSite.lead(), Role.TEAM_LEAD);
        signIn(testSite.username(Role.HEALTH_OFFICER));
        temperatures.record(agent.getId(), CheckMoment.ENTRY, CheckResult.ABOVE_THRESHOLD,
                new BigDecimal("38.2"));
        symptoms.report(agent.getId(), Set.of(Symptom.ACHES), null);
        Instant since = clock.instant().minusSeconds(1);
        Instant until = clock.instant().plusSeconds(3600);
        long before = accessService.count(siteId(), since, until, agent.getId());

        temperatures.today(siteId(), 0, 50);
        temperatures.blocked(siteId());
        symptoms.open(siteId());
        contacts.contacts(testSite.lead().getId(), since.minusSeconds(3600), until);
        contacts.writeCsv(testSite.lead().getId(), since.minusSeconds(3600), until, Locale.FRENCH,
                new ByteArrayOutputStream());

        List<HealthAccess> reads = accessService.page(siteId(), since, until, agent.getId(), 0, 20);
        assertThat(reads).hasSize((int) before + 5);
        assertThat(reads.subList(0, 5)).extracting(HealthAccess::getAction).containsExactly(
                HealthAccess.Action.EXPORT, HealthAccess.Action.CONTACT_LIST, HealthAccess.Action.READ,
                HealthAccess.Action.READ, HealthAccess.Action.READ);
        assertThat(reads).extracting(HealthAccess::getReader).containsOnly(officerName());
        assertThat(accessService.count(siteId(), since, until, agent.getId())).isEqualTo(before + 5);
        // Someone whose data no read showed is in no line.
        assertThat(accessService.page(siteId(), since, until, other.getId(), 0, 20)).isEmpty();
        assertThat(accessService.count(siteId(), since, until, null)).isGreaterThanOrEqualTo(before + 5);
    }

    @Test
    void a_temperature_is_read_with_a_comma_or_a_dot_in_every_language_and_bad_text_is_refused() {
        assertThat(TypedTemperature.parse("38,6")).isEqualByComparingTo("38.6");
        assertThat(TypedTemperature.parse(" 38.6 ")).isEqualByComparingTo("38.6");
        assertThat(TypedTemperature.parse("39")).isEqualByComparingTo("39");
        assertThat(TypedTemperature.parse("37,85")).isEqualTo(new BigDecimal("37.85"));
        assertThat(TypedTemperature.parse("")).isNull();
        for (String typed : List.of("38,6,1", "1.038,6", "-38", "38 6", "trente-huit", "38,", "3,86e1")) {
            assertRefused(() -> TypedTemperature.parse(typed), "health.error.temperature-unreadable");
        }

        signIn(testSite.username(Role.HEALTH_OFFICER));
        temperatures.record(agent.getId(), CheckMoment.ENTRY, CheckResult.ABOVE_THRESHOLD,
                TypedTemperature.parse("43,0"));
        temperatures.record(testSite.lead().getId(), CheckMoment.ENTRY, CheckResult.ABOVE_THRESHOLD,
                TypedTemperature.parse("38.60"));
        assertThat(temperatures.today(siteId(), 0, 10)).extracting(row -> row.temperature().toPlainString())
                .containsExactly("38.6", "43.0");
    }

    @Test
    void a_temperature_outside_the_plausible_range_or_finer_than_a_tenth_is_refused_and_nothing_is_saved() {
        signIn(testSite.username(Role.HEALTH_OFFICER));
        for (String typed : List.of("1000", "43.1", "33.9")) {
            assertRefused(() -> temperatures.record(agent.getId(), CheckMoment.ENTRY,
                    CheckResult.ABOVE_THRESHOLD, new BigDecimal(typed)), "health.error.temperature-range");
        }
        assertRefused(() -> temperatures.record(agent.getId(), CheckMoment.ENTRY, CheckResult.ABOVE_THRESHOLD,
                new BigDecimal("37.85")), "health.error.temperature-precision");
        assertThat(jdbc.queryForObject("select count(*) from health_temperature_check where person_id = ?", Long.class,
                agent.getId())).isZero();
    }

    @Test
    void the_migration_rewrites_the_health_check_outs_journalled_before_it() {
        Instant at = clock.instant();
        jdbc.update("insert into movement (site_id, at, kind, person_id, person_name, from_floor_id, from_floor_name,"
                + " actor_name, detail) values (?, ?, 'HEALTH_CHECK_OUT', ?, ?, ?, 'Plateau 1', ?, null)", siteId(),
                Timestamp.from(at), agent.getId(), agent.getFullName(), testSite.floor1().getId(),
                officerName());
        jdbc.update("insert into presence (site_id, person_id, floor_id, started_at, start_kind, started_by, ended_at,"
                + " end_kind, ended_by) values (?, ?, ?, ?, 'MANUAL', ?, ?, 'HEALTH', ?)", siteId(),
                agent.getId(),
                testSite.floor1().getId(), Timestamp.from(at.minusSeconds(3600)), agent.getFullName(),
                Timestamp.from(at), officerName());
        try {
            new ResourceDatabasePopulator(new ClassPathResource(
                    "db/migration/V10__health_check_outs_as_check_outs.sql")).execute(dataSource);

            assertThat(jdbc.queryForMap("select kind, actor_name, detail from movement where site_id = ?", siteId()))
                    .containsEntry("kind", "CHECK_OUT").containsEntry("actor_name", agent.getFullName())
                    .containsEntry("detail", null);
            assertThat(jdbc.queryForMap("select end_kind, ended_by from presence where site_id = ?", siteId()))
                    .containsEntry("end_kind", "MANUAL").containsEntry("ended_by", agent.getFullName());
            assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = '10'"
                    + " and success = true", Long.class)).isEqualTo(1);
        } finally {
            jdbc.update("delete from movement where site_id = ? and kind = 'HEALTH_CHECK_OUT'", siteId());
            jdbc.update("delete from presence where site_id = ? and end_kind = 'HEALTH'", siteId());
        }
    }

    private List<Long> personsOfLastRead() {
        return jdbc.queryForList("select person_id from health_read_person where read_id = (select max(id)"
                + " from health_read_log where site_id = ?)", Long.class, siteId());
    }

    private static List<CSVRecord> records(String csv) throws java.io.IOException {
        return Csv.FORMAT.parse(new StringReader(csv.substring(1))).getRecords();
    }

    private static String zipEntry(byte[] zip, String name) throws java.io.IOException {
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(entries.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the pack");
    }

}
