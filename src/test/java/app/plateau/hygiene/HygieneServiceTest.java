package app.plateau.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.base.DomainException;
import app.plateau.hygiene.HygieneFixtures.Rounds;
import app.plateau.security.CurrentUser;
import app.plateau.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@Tag("mariadb")
class HygieneServiceTest extends SignedInServiceTest {

    @Autowired
    private HygieneService hygiene;
    @Autowired
    private HygieneStatistics statistics;
    @Autowired
    private HygieneFixtures hygieneFixtures;
    @Autowired
    private HygieneAlerts alerts;
    @Autowired
    private Clock clock;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;
    private Rounds rounds;

    @BeforeEach
    void rounds() {
        rounds = hygieneFixtures.rounds(testSite);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(
                Fixtures.asSystem(() -> hygiene.site(testSite.site().getId())).getTimeZone())));
    }

    private List<Answer> gelFails() {
        List<Answer> answers = new ArrayList<>(HygieneFixtures.allPass());
        answers.set(1, Answer.fail("Distributeur de gel vide, rangée C", "Remplir le distributeur", testSite.agent().getId(),
                today()));
        return answers;
    }

    @Test
    void todays_rounds_are_due_overdue_missed_or_upcoming_by_the_site_clock() {
        signIn(testSite.username(Role.HEALTH_OFFICER));
        List<RoundLine> today = hygiene.today(testSite.site().getId());
        assertThat(today).extracting(RoundLine::status).containsExactly(RoundStatus.MISSED, RoundStatus.OVERDUE,
                RoundStatus.DUE, RoundStatus.UPCOMING);
        assertThat(today).extracting(RoundLine::floorName).containsExactly(testSite.floor1().getName(),
                testSite.floor2().getName(), testSite.floor1().getName(), testSite.floor1().getName());
    }

    @Test
    void reading_the_rounds_twice_creates_each_round_once() {
        signIn(testSite.username(Role.SITE_MANAGER));
        assertThat(hygiene.today(testSite.site().getId())).hasSize(4);
        LocalDate today = today();
        CurrentUser.asSystem(() -> transactions.executeWithoutResult(
                status -> hygiene.ensureRounds(testSite.site().getId(), today)));
        assertThat(hygiene.today(testSite.site().getId())).hasSize(4);
    }

    @Test
    void a_due_round_completed_now_is_on_time_and_an_overdue_one_is_late() {
        signIn(testSite.username(Role.HEALTH_OFFICER));
        RoundLine due = hygiene.complete(rounds.get(RoundStatus.DUE).id(), HygieneFixtures.allPass());
        assertThat(due.status()).isEqualTo(RoundStatus.DONE_ON_TIME);
        assertThat(due.completedBy()).startsWith("HEALTH_OFFICER");
        assertThat(due.completedAt()).isNotNull();
        RoundLine late = hygiene.complete(rounds.get(RoundStatus.OVERDUE).id(), HygieneFixtures.allPass());
        assertThat(late.status()).isEqualTo(RoundStatus.DONE_LATE);
    }

    @Test
    void a_failed_item_opens_a_corrective_action_shown_as_a_critical_failure_on_the_board() {
        signIn(testSite.username(Role.HEALTH_OFFICER));
        hygiene.complete(rounds.get(RoundStatus.DUE).id(), gelFails());

        List<OpenAction> open = hygiene.openActions(testSite.site().getId());
        assertThat(open).singleElement().satisfies(action -> {
            assertThat(action.itemLabel()).isEqualTo(HygieneFixtures.GEL);
            assertThat(action.critical()).isTrue();
            assertThat(action.failureNote()).isEqualTo("Distributeur de gel vide, rangée C");
            assertThat(action.owner()).isEqualTo(testSite.agent().getFullName());
            assertThat(action.ownerId()).isEqualTo(testSite.agent().getId());
            assertThat(action.floorName()).isEqualTo(testSite.floor1().getName());
        });
        assertThat(hygiene.sheet(rounds.get(RoundStatus.DUE).id()).results())
                .extracting(CheckResult::isPassed).containsExactly(true, false, true, true, true);

        signIn(testSite.username(Role.SITE_MANAGER));
        Map<Long, List<String>> board = alerts.bySite(testSite.site().getId(), Locale.FRENCH);
        assertThat(board.get(testSite.floor1().getId())).anyMatch(text -> text.contains("Distributeur de gel vide"))
                .anyMatch(text -> text.contains("manquée"));
        assertThat(board).doesNotContainKey(testSite.floor2().getId());

        hygiene.closeAction(open.get(0).id(), "Distributeur rempli à 10 h");
        assertThat(hygiene.openActions(testSite.site().getId())).isEmpty();
        assertThat(alerts.bySite(testSite.site().getId(), Locale.FRENCH).get(testSite.floor1().getId()))
                .noneMatch(text -> text.contains("Distributeur de gel vide"));
    }

    @Test
    void an_action_is_given_to_one_of_the_site_people_and_never_to_a_person_of_another_site() {
        TestSite elsewhere = fixtures.site();
        signIn(testSite.username(Role.HEALTH_OFFICER));
        List<Answer> answers = new ArrayList<>(HygieneFixtures.allPass());
        answers.set(1, Answer.fail("Gel vide", "Remplir", elsewhere.agent().getId(), today()));
        long roundId = rounds.get(RoundStatus.DUE).id();
        assertRefused(() -> hygiene.complete(roundId, answers), "hygiene.error.owner-other-site");
        assertThat(hygiene.sheet(roundId).line().status()).isEqualTo(RoundStatus.DUE);

        answers.set(1, Answer.fail("Gel vide", "Remplir", null, today()));
        hygiene.complete(roundId, answers);
        OpenAction unowned = hygiene.openActions(testSite.site().getId()).get(0);
        assertThat(unowned.owner()).isNull();
        assertRefused(() -> hygiene.setOwner(unowned.id(), elsewhere.agent().getId()),
                "hygiene.error.owner-other-site");
        assertRefused(() -> hygiene.setOwner(unowned.id(), null), "error.required");

        OpenAction given = hygiene.setOwner(unowned.id(), testSite.lead().getId());
        assertThat(given.owner()).isEqualTo(testSite.lead().getFullName());

        signIn(testSite.username(Role.AGENT));
        assertDenied(() -> hygiene.setOwner(unowned.id(), testSite.agent().getId()));
        signIn(elsewhere.username(Role.HEALTH_OFFICER));
        assertDenied(() -> hygiene.setOwner(unowned.id(), elsewhere.agent().getId()));
    }

    @Test
    void the_owner_reads_their_open_actions_with_the_overdue_ones_flagged_and_nobody_else_does() {
        signIn(testSite.username(Role.HEALTH_OFFICER));
        List<Answer> answers = new ArrayList<>(HygieneFixtures.allPass());
        answers.set(1, Answer.fail("Gel vide", "Remplir le distributeur", testSite.agent().getId(), today()));
        answers.set(3, Answer.fail("Fenêtres fermées", "Aérer", testSite.agent().getId(), today().plusDays(3)));
        hygiene.complete(rounds.get(RoundStatus.DUE).id(), answers);
        jdbc.update("UPDATE corrective_action SET deadline = ? WHERE round_id = ? AND item_label = ?",
                today().minusDays(1), rounds.get(RoundStatus.DUE).id(), HygieneFixtures.GEL);

        signIn(testSite.username(Role.AGENT));
        List<OpenAction> mine = hygiene.myOpenActions();
        assertThat(mine).extracting(OpenAction::itemLabel).containsExactly(HygieneFixtures.GEL, "Aération");
        assertThat(mine).extracting(OpenAction::overdue).containsExactly(true, false);
        signIn(testSite.username(Role.TEAM_LEAD));
        assertThat(hygiene.myOpenActions()).isEmpty();

        signIn(testSite.username(Role.SITE_MANAGER));
        assertThat(alerts.bySite(testSite.site().getId(), Locale.FRENCH).get(testSite.floor1().getId()))
                .anyMatch(text -> text.startsWith("Action corrective en retard : " + HygieneFixtures.GEL));
        hygiene.closeAction(mine.get(0).id(), "Rempli");
        signIn(testSite.username(Role.AGENT));
        assertThat(hygiene.myOpenActions()).extracting(OpenAction::itemLabel).containsExactly("Aération");
    }

    @Test
    void a_failed_item_without_a_note_is_refused_and_nothing_is_saved() {
        signIn(testSite.username(Role.HEALTH_OFFICER));
        List<Answer> answers = new ArrayList<>(HygieneFixtures.allPass());
        answers.set(0, Answer.fail(" ", "Désinfecter", testSite.agent().getId(), today()));
        long roundId = rounds.get(RoundStatus.DUE).id();
        assertRefused(() -> hygiene.complete(roundId, answers), "hygiene.error.note-required");
        assertThat(hygiene.sheet(roundId).line().status()).isEqualTo(RoundStatus.DUE);
        assertThat(hygiene.openActions(testSite.site().getId())).isEmpty();
    }

    @Test
    void a_failed_item_needs_its_corrective_action_and_an_unanswered_item_is_refused() {
        signIn(testSite.username(Role.HEALTH_OFFICER));
        long roundId = rounds.get(RoundStatus.DUE).id();
        List<Answer> noAction = new ArrayList<>(HygieneFixtures.allPass());
        noAction.set(2, Answer.fail("Marquage effacé", " ", testSite.agent().getId(), today()));
        assertRefused(() -> hygiene.complete(roundId, noAction), "error.required");
        List<Answer> unanswered = new ArrayList<>(HygieneFixtures.allPass());
        unanswered.set(3, new Answer(null, null, null, null, null));
        assertRefused(() -> hygiene.complete(roundId, unanswered), "hygiene.error.unanswered");
    }

    @Test
    void completing_a_round_twice_says_who_completed_it() {
        signIn(testSite.username(Role.HEALTH_OFFICER));
        long roundId = rounds.get(RoundStatus.DUE).id();
        hygiene.complete(roundId, HygieneFixtures.allPass());
        signIn(testSite.username(Role.SITE_MANAGER));
        try {
            hygiene.complete(roundId, HygieneFixtures.allPass());
            throw new AssertionError("completed twice");
        } catch (DomainException refused) {
            assertThat(refused.getMessageKey()).isEqualTo("hygiene.error.already-done");
            assertThat(refused.getArguments()[0]).isEqualTo(hygiene.sheet(roundId).line().completedBy());
        }
    }

    @Test
    void a_missed_round_and_one_still_to_come_cannot_be_completed() {
        signIn(testSite.username(Role.HEALTH_OFFICER));
        assertRefused(() -> hygiene.complete(rounds.get(RoundStatus.MISSED).id(), HygieneFixtures.allPass()),
                "hygiene.error.missed");
        assertRefused(() -> hygiene.complete(rounds.get(RoundStatus.UPCOMING).id(), HygieneFixtures.allPass()),
                "hygiene.error.not-yet");
    }

    @Test
    void a_round_of_another_site_is_refused() {
        TestSite other = fixtures.site();
        signIn(other.username(Role.HEALTH_OFFICER));
        assertDenied(() -> hygiene.complete(rounds.get(RoundStatus.DUE).id(), HygieneFixtures.allPass()));
        assertDenied(() -> hygiene.today(testSite.site().getId()));
        assertDenied(() -> hygiene.sheet(rounds.get(RoundStatus.DUE).id()));
        assertDenied(() -> statistics.summary(testSite.site().getId(), today(), today()));
        assertThat(hygiene.today(other.site().getId())).isEmpty();
    }

    @Test
    void agents_team_leads_and_auditors_cannot_complete_a_round_nor_change_templates() {
        long roundId = rounds.get(RoundStatus.DUE).id();
        for (Role role : List.of(Role.AGENT, Role.TEAM_LEAD, Role.AUDITOR)) {
            signIn(testSite.username(role));
            assertDenied(() -> hygiene.complete(roundId, HygieneFixtures.allPass()));
            assertDenied(() -> hygiene.saveTemplate(null, testSite.site().getId(), "X",
                    HygieneFixtures.standardItems()));
        }
        signIn(testSite.username(Role.AGENT));
        assertDenied(() -> hygiene.today(testSite.site().getId()));
        signIn(testSite.username(Role.SITE_MANAGER));
        assertDenied(() -> hygiene.setSchedule(rounds.template().getId(), List.of(), List.of()));
        signIn(testSite.username(Role.AUDITOR));
        assertThat(hygiene.today(testSite.site().getId())).hasSize(4);
    }

    @Test
    void a_template_needs_a_name_and_items_and_its_name_is_unique_at_the_site() {
        signIn(testSite.username(Role.ADMIN));
        long siteId = testSite.site().getId();
        assertRefused(() -> hygiene.saveTemplate(null, siteId, " ", HygieneFixtures.standardItems()),
                "error.required");
        assertRefused(() -> hygiene.saveTemplate(null, siteId, "Vide", List.of()), "hygiene.error.no-item");
        assertRefused(() -> hygiene.saveTemplate(null, siteId, rounds.template().getName(),
                HygieneFixtures.standardItems()), "hygiene.error.name-taken");
        signIn(testSite.username(Role.HEALTH_OFFICER));
        hygiene.complete(rounds.get(RoundStatus.DUE).id(), HygieneFixtures.allPass());
        assertRefused(() -> hygiene.deleteTemplate(rounds.template().getId()), "hygiene.error.template-used");
    }

    @Test
    void the_summary_counts_rounds_on_time_late_missed_and_open_failures() {
        signIn(testSite.username(Role.HEALTH_OFFICER));
        hygiene.complete(rounds.get(RoundStatus.DUE).id(), gelFails());
        List<Answer> markers = new ArrayList<>(HygieneFixtures.allPass());
        markers.set(2, Answer.fail("Marquage effacé", "Repeindre", testSite.agent().getId(), today()));
        hygiene.complete(rounds.get(RoundStatus.OVERDUE).id(), markers);

        signIn(testSite.username(Role.AUDITOR));
        assertThat(statistics.summary(testSite.site().getId(), today(), today()))
                .isEqualTo(new HygieneSummary(1, 1, 1, 2, 1, 0));
        assertThat(statistics.summary(null, today(), today())).isEqualTo(new HygieneSummary(1, 1, 1, 2, 1, 0));
        assertThat(statistics.summary(testSite.site().getId(), today().minusDays(3), today().minusDays(1)))
                .isEqualTo(new HygieneSummary(0, 0, 0, 0, 0, 0));
    }

    @Test
    void the_audit_pack_lists_each_round_with_its_status_and_each_action_open_or_closed() {
        signIn(testSite.username(Role.HEALTH_OFFICER));
        hygiene.complete(rounds.get(RoundStatus.DUE).id(), gelFails());
        long action = hygiene.openActions(testSite.site().getId()).get(0).id();
        hygiene.closeAction(action, "Distributeur rempli à 10 h");

        signIn(testSite.username(Role.AUDITOR));
        List<HygieneStatistics.RoundRecord> records = statistics.rounds(testSite.site().getId(), today(), today());
        assertThat(records).extracting(HygieneStatistics.RoundRecord::status)
                .contains(RoundStatus.DONE_ON_TIME, RoundStatus.MISSED);
        assertThat(records).filteredOn(round -> round.status() == RoundStatus.DONE_ON_TIME).singleElement()
                .satisfies(round -> {
                    assertThat(round.failedItems()).isEqualTo(1);
                    assertThat(round.floorName()).isEqualTo(testSite.floor1().getName());
                    assertThat(round.completedBy()).isNotBlank();
                });
        assertThat(statistics.actions(testSite.site().getId(), today(), today())).singleElement()
                .satisfies(closed -> {
                    assertThat(closed.failureNote()).isEqualTo("Distributeur de gel vide, rangée C");
                    assertThat(closed.closingNote()).isEqualTo("Distributeur rempli à 10 h");
                    assertThat(closed.critical()).isTrue();
                });
        signIn(testSite.username(Role.AGENT));
        assertDenied(() -> statistics.rounds(testSite.site().getId(), today(), today()));
    }
}
