package app.plateau.health;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.SignedInServiceTest;
import app.plateau.Signing;
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
import app.plateau.occupancy.Stay;
import app.plateau.organisation.Person;
import app.plateau.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Temperature checks, symptom cases, the blocks they put on check-in, who may read them, and retention. */
@Tag("mariadb")
class HealthServiceTest extends SignedInServiceTest {

    private static final Instant LOG_FROM = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LOG_TO = Instant.parse("2999-01-01T00:00:00Z");

    @Autowired
    TemperatureService temperatures;
    @Autowired
    SymptomService symptoms;
    @Autowired
    HealthStatistics statistics;
    @Autowired
    HealthAccessService accessService;
    @Autowired
    PresenceService presence;
    @Autowired
    DeviceService devices;
    @Autowired
    TemperatureCheckRepository checkRepository;
    @Autowired
    SymptomCaseRepository caseRepository;
    @Autowired
    HealthAccessRepository accessLog;
    @Autowired
    HealthRetentionJob retention;
    @Autowired
    MovementService history;
    @Autowired
    Clock clock;

    private long siteId() {
        return testSite.site().getId();
    }

    private Person agent() {
        return testSite.agent();
    }

    private void agentChecksIn() {
        signIn(testSite.username(Role.AGENT));
        presence.checkIn(agent().getId(), testSite.floor1().getId());
    }

    private Long whereIsAgent() {
        signIn(testSite.username(Role.SITE_MANAGER));
        Long floor = presence.whereIs(agent().getId()).map(Stay::floorId).orElse(null);
        Signing.signOut();
        return floor;
    }

    private void asOfficer() {
        signIn(testSite.username(Role.HEALTH_OFFICER));
    }

    private long logLines() {
        return accessLog.countBySiteIdAndAtGreaterThanEqualAndAtLessThan(siteId(), LOG_FROM, LOG_TO);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(testSite.site().zoneId()));
    }

    @Test
    void a_cleared_check_keeps_no_measured_value() {
        asOfficer();
        long id = temperatures.record(agent().getId(), CheckMoment.ENTRY, CheckResult.CLEARED, new BigDecimal("36.6"));

        assertThat(checkRepository.findById(id).orElseThrow().getTemperature()).isNull();
        CheckRow row = temperatures.today(siteId(), 0, 50).get(0);
        assertThat(row.result()).isEqualTo(CheckResult.CLEARED);
        assertThat(row.temperature()).isNull();
        assertThat(row.checkedBy()).isEqualTo("HEALTH_OFFICER " + testSite.username(Role.HEALTH_OFFICER)
                .replace("-health", ""));
        assertThat(temperatures.blocked(siteId())).isEmpty();
    }

    @Test
    void a_check_above_the_threshold_keeps_the_value_ends_the_presence_and_blocks_check_in_until_cleared() {
        agentChecksIn();
        asOfficer();
        temperatures.record(agent().getId(), CheckMoment.SHIFT, CheckResult.ABOVE_THRESHOLD, new BigDecimal("38.4"));

        assertThat(temperatures.today(siteId(), 0, 50).get(0).temperature()).isEqualByComparingTo("38.4");
        assertThat(whereIsAgent()).isNull();
        signIn(testSite.username(Role.AGENT));
        DomainException refused = refusal(() -> presence.checkIn(agent().getId(), testSite.floor1().getId()));
        assertThat(Messages.get(Locale.FRENCH, refused)).isEqualTo("Entrée refusée : voyez le responsable santé.");
        Signing.signOut();
        String reader = Fixtures.asSystem(() -> devices.create(new DeviceDraft(siteId(), Fixtures.unique("Lecteur "),
                DeviceKind.BADGE_READER, testSite.floor1().getId())).token());
        assertRefused(() -> presence.badgeIn(reader, agent().getEmployeeNumber()), "health.gate.see-officer");

        asOfficer();
        List<Block> blocked = temperatures.blocked(siteId());
        assertThat(blocked).extracting(Block::personName, Block::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(agent().getFullName(), Block.Kind.TEMPERATURE));
        temperatures.lift(Block.Kind.TEMPERATURE, blocked.get(0).recordId());
        assertThat(temperatures.blocked(siteId())).isEmpty();

        presence.badgeIn(reader, agent().getEmployeeNumber());
        assertThat(whereIsAgent()).isEqualTo(testSite.floor1().getId());
    }

    @Test
    void a_check_above_the_threshold_needs_a_value_at_or_above_it() {
        asOfficer();
        assertRefused(() -> temperatures.record(agent().getId(), CheckMoment.ENTRY, CheckResult.ABOVE_THRESHOLD, null),
                "error.required");
        assertRefused(() -> temperatures.record(agent().getId(), CheckMoment.ENTRY, CheckResult.ABOVE_THRESHOLD,
                new BigDecimal("37.5")), "health.error.below-threshold");
        assertThat(temperatures.today(siteId(), 0, 50)).isEmpty();
    }

    @Test
    void sending_home_ends_the_presence_blocks_check_in_through_the_date_and_tells_the_lead_without_symptoms() {
        agentChecksIn();
        signIn(testSite.username(Role.TEAM_LEAD));
        long caseId = symptoms.report(agent().getId(), EnumSet.of(Symptom.COUGH, Symptom.FEVER), null);
        assertThat(symptoms.sentByMe()).extracting(ReportedCase::outcome).containsExactly((Outcome) null);
        assertThat(whereIsAgent()).isEqualTo(testSite.floor1().getId());

        asOfficer();
        CaseRow open = symptoms.open(siteId()).get(0);
        assertThat(open.symptoms()).containsExactlyInAnyOrder(Symptom.COUGH, Symptom.FEVER);
        LocalDate until = today().plusDays(2);
        symptoms.decide(caseId, Outcome.SENT_HOME, until);

        assertThat(whereIsAgent()).isNull();
        signIn(testSite.username(Role.SITE_MANAGER));
        assertThat(history.page(MovementFilter.day(siteId(), today(), null, agent().getFullName()),
                org.springframework.data.domain.PageRequest.of(0, 10))).extracting(Movement::getKind)
                .contains(MovementKind.CHECK_OUT);
        signIn(testSite.username(Role.AGENT));
        assertRefused(() -> presence.checkIn(agent().getId(), testSite.floor1().getId()), "health.gate.see-officer");

        HealthGate gate = new HealthGate(checkRepository, caseRepository, clock);
        HealthGate onTheDate = new HealthGate(checkRepository, caseRepository,
                Clock.offset(clock, Duration.ofDays(2)));
        HealthGate dayAfter = new HealthGate(checkRepository, caseRepository, Clock.offset(clock, Duration.ofDays(3)));
        assertThat(refusal(() -> gate.check(agent(), true))).isNotNull();
        assertThat(refusal(() -> onTheDate.check(agent(), true))).isNotNull();
        dayAfter.check(agent(), true);

        signIn(testSite.username(Role.TEAM_LEAD));
        List<ReportedCase> notices = symptoms.noticesForMe();
        assertThat(notices).extracting(ReportedCase::personName, ReportedCase::outcome, ReportedCase::until)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(agent().getFullName(), Outcome.SENT_HOME, until));
        String text = Messages.get(Locale.FRENCH, "health.notice.SENT_HOME", agent().getFullName(), until);
        assertThat(text).startsWith(agent().getFullName() + " reste à domicile jusqu’au")
                .doesNotContainIgnoringCase("toux").doesNotContainIgnoringCase("fièvre");
        symptoms.dismissNotice(caseId);
        assertThat(symptoms.noticesForMe()).isEmpty();
        assertThat(symptoms.sentByMe()).extracting(ReportedCase::outcome).containsExactly(Outcome.SENT_HOME);

        asOfficer();
        assertThat(temperatures.blocked(siteId())).extracting(Block::kind, Block::until)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Block.Kind.DECISION, until));
        temperatures.lift(Block.Kind.DECISION, caseId);
        assertThat(temperatures.blocked(siteId())).isEmpty();
        signIn(testSite.username(Role.AGENT));
        presence.checkIn(agent().getId(), testSite.floor1().getId());
        assertThat(whereIsAgent()).isEqualTo(testSite.floor1().getId());
    }

    @Test
    void a_lead_reports_only_for_members_of_their_team_and_a_blocking_decision_needs_a_date() {
        Person stranger = fixtures.person(testSite.site(), Fixtures.unique("X"), "Autre personne", null, null);
        signIn(testSite.username(Role.TEAM_LEAD));
        assertDenied(() -> symptoms.report(stranger.getId(), Set.of(Symptom.COUGH), null));
        assertRefused(() -> symptoms.report(agent().getId(), Set.of(), null), "health.error.no-symptom");
        assertRefused(() -> symptoms.report(agent().getId(), Set.of(Symptom.OTHER), " "), "error.required");
        long caseId = symptoms.report(agent().getId(), Set.of(Symptom.OTHER), "Maux de tête");

        asOfficer();
        assertThat(symptoms.get(caseId).otherText()).isEqualTo("Maux de tête");
        assertRefused(() -> symptoms.decide(caseId, Outcome.ISOLATION, null), "error.required");
        assertRefused(() -> symptoms.decide(caseId, Outcome.ISOLATION, today().minusDays(1)),
                "health.error.until-past");
        symptoms.decide(caseId, Outcome.TELEWORK, null);
        assertRefused(() -> symptoms.decide(caseId, Outcome.BACK_TO_WORK, null), "health.error.already-decided");
        assertThat(temperatures.blocked(siteId())).isEmpty();
    }

    @Test
    void an_auditor_a_team_lead_and_an_agent_read_no_health_record_through_any_service_method() {
        agentChecksIn();
        asOfficer();
        long checkId = temperatures.record(agent().getId(), CheckMoment.ENTRY, CheckResult.ABOVE_THRESHOLD,
                new BigDecimal("39.0"));
        long caseId = symptoms.report(agent().getId(), Set.of(Symptom.ACHES), null);

        for (Role role : List.of(Role.AUDITOR, Role.TEAM_LEAD, Role.AGENT, Role.SITE_MANAGER)) {
            signIn(testSite.username(role));
            assertDenied(() -> temperatures.today(siteId(), 0, 50));
            assertDenied(() -> temperatures.countToday(siteId()));
            assertDenied(() -> temperatures.blocked(siteId()));
            assertDenied(() -> temperatures.threshold());
            assertDenied(() -> temperatures.lift(Block.Kind.TEMPERATURE, checkId));
            assertDenied(() -> temperatures.record(agent().getId(), CheckMoment.ENTRY, CheckResult.CLEARED, null));
            assertDenied(() -> symptoms.open(siteId()));
            assertDenied(() -> symptoms.get(caseId));
            assertDenied(() -> symptoms.decide(caseId, Outcome.BACK_TO_WORK, null));
            assertDenied(() -> accessService.page(siteId(), LOG_FROM, LOG_TO, null, 0, 10));
            assertDenied(() -> accessService.count(siteId(), LOG_FROM, LOG_TO, agent().getId()));
        }
        signIn(testSite.username(Role.AGENT));
        assertDenied(() -> symptoms.report(agent().getId(), Set.of(Symptom.COUGH), null));
        assertDenied(() -> symptoms.sentByMe());
        assertDenied(() -> statistics.summary(siteId(), today(), today()));
        signIn(testSite.username(Role.TEAM_LEAD));
        assertDenied(() -> statistics.summary(siteId(), today(), today()));

        signIn(fixtures.site().username(Role.HEALTH_OFFICER));
        assertDenied(() -> temperatures.today(siteId(), 0, 50));
        assertDenied(() -> symptoms.open(siteId()));
        assertDenied(() -> symptoms.get(caseId));
        assertDenied(() -> temperatures.lift(Block.Kind.TEMPERATURE, checkId));
    }

    @Test
    void every_read_of_health_records_writes_a_line_of_the_access_log() {
        asOfficer();
        long caseId = symptoms.report(agent().getId(), Set.of(Symptom.COUGH), null);
        long before = logLines();

        temperatures.today(siteId(), 0, 50);
        temperatures.blocked(siteId());
        symptoms.open(siteId());
        symptoms.get(caseId);

        assertThat(logLines()).isEqualTo(before + 4);
        HealthAccess last = accessLog.findBySiteIdAndAtGreaterThanEqualAndAtLessThanOrderByAtDescIdDesc(siteId(),
                LOG_FROM, LOG_TO, org.springframework.data.domain.PageRequest.of(0, 1)).get(0);
        assertThat(last.getAction()).isEqualTo(HealthAccess.Action.READ);
        assertThat(last.getPersonId()).isEqualTo(agent().getId());
    }

    @Test
    void the_statistics_give_counts_only_to_the_auditor() {
        asOfficer();
        temperatures.record(agent().getId(), CheckMoment.ENTRY, CheckResult.CLEARED, null);
        temperatures.record(testSite.lead().getId(), CheckMoment.ENTRY, CheckResult.ABOVE_THRESHOLD,
                new BigDecimal("38.0"));
        long caseId = symptoms.report(agent().getId(), Set.of(Symptom.COUGH), null);
        symptoms.decide(caseId, Outcome.TELEWORK, null);
        symptoms.report(agent().getId(), Set.of(Symptom.ACHES), null);
        long before = logLines();

        signIn(testSite.username(Role.AUDITOR));
        HealthStatistics.Summary summary = statistics.summary(siteId(), today().minusDays(1), today());

        assertThat(summary.checksPerDay()).containsEntry(today(), 2L).containsEntry(today().minusDays(1), 0L);
        assertThat(summary.checks()).isEqualTo(2);
        assertThat(summary.aboveThreshold()).isEqualTo(1);
        assertThat(summary.casesByOutcome()).containsEntry(Outcome.TELEWORK, 1L).containsEntry(Outcome.SENT_HOME, 0L);
        assertThat(summary.undecidedCases()).isEqualTo(1);
        assertThat(logLines()).isEqualTo(before);
        assertDenied(() -> statistics.summary(fixtures.site().site().getId(), today(), today()));
    }

    @Test
    void the_retention_job_deletes_exactly_what_is_older_than_the_limit_keeps_active_blocks_and_logs_counts() {
        Instant now = clock.instant();
        Instant limit = now.minus(Duration.ofDays(30));
        Instant older = limit.minusSeconds(1);
        Instant younger = limit.plusSeconds(1);
        Person agent = agent();
        TemperatureCheck oldCleared = checkRepository.save(new TemperatureCheck(agent, older, CheckMoment.ENTRY,
                CheckResult.CLEARED, null, "test"));
        TemperatureCheck recentCleared = checkRepository.save(new TemperatureCheck(agent, younger, CheckMoment.ENTRY,
                CheckResult.CLEARED, null, "test"));
        TemperatureCheck oldStillBlocking = checkRepository.save(new TemperatureCheck(agent, older,
                CheckMoment.ENTRY, CheckResult.ABOVE_THRESHOLD, new BigDecimal("38.5"), "test"));
        TemperatureCheck oldClearedAbove = new TemperatureCheck(agent, older, CheckMoment.ENTRY,
                CheckResult.ABOVE_THRESHOLD, new BigDecimal("38.5"), "test");
        oldClearedAbove.clear(older.plusSeconds(60), "test");
        oldClearedAbove = checkRepository.save(oldClearedAbove);
        SymptomCase oldCase = caseRepository.save(new SymptomCase(agent, older, "test", null, Set.of(Symptom.COUGH),
                null));
        SymptomCase recentCase = caseRepository.save(new SymptomCase(agent, younger, "test", null,
                Set.of(Symptom.COUGH), null));
        SymptomCase oldIsolation = new SymptomCase(agent, older, "test", null, Set.of(Symptom.FEVER), null);
        oldIsolation.decide(Outcome.ISOLATION, today().plusDays(1), older, "test", null);
        oldIsolation = caseRepository.save(oldIsolation);

        retention.deleteOlderThanRetention(now);

        assertThat(checkRepository.existsById(oldCleared.getId())).isFalse();
        assertThat(checkRepository.existsById(oldClearedAbove.getId())).isFalse();
        assertThat(checkRepository.existsById(recentCleared.getId())).isTrue();
        assertThat(checkRepository.existsById(oldStillBlocking.getId())).isTrue();
        assertThat(caseRepository.existsById(oldCase.getId())).isFalse();
        assertThat(caseRepository.existsById(recentCase.getId())).isTrue();
        assertThat(caseRepository.existsById(oldIsolation.getId())).isTrue();
        HealthAccess line = accessLog.findBySiteIdAndAtGreaterThanEqualAndAtLessThanOrderByAtDescIdDesc(siteId(),
                LOG_FROM, LOG_TO, org.springframework.data.domain.PageRequest.of(0, 5)).get(0);
        assertThat(line.getAction()).isEqualTo(HealthAccess.Action.RETENTION_DELETE);
        assertThat(line.getDetail()).isEqualTo("2 contrôles, 1 cas");
        assertThat(line.getReader()).isEqualTo("Plateau");

        retention.deleteOlderThanRetention(now.plus(Duration.ofDays(3)));
        assertThat(caseRepository.existsById(oldIsolation.getId())).isFalse();
        assertThat(caseRepository.existsById(recentCase.getId())).isFalse();
        assertThat(checkRepository.existsById(oldStillBlocking.getId())).isTrue();
    }

    private static DomainException refusal(ThrowingCallable call) {
        try {
            call.call();
        } catch (DomainException e) {
            return e;
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
        return null;
    }
}
