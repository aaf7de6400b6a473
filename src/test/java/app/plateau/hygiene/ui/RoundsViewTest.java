package app.plateau.hygiene.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.Signing;
import app.plateau.hygiene.HygieneFixtures;
import app.plateau.hygiene.HygieneFixtures.Rounds;
import app.plateau.hygiene.HygieneService;
import app.plateau.hygiene.OpenAction;
import app.plateau.hygiene.RoundLine;
import app.plateau.hygiene.RoundStatus;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RoundsViewTest extends KaribuTest {

    @Autowired
    private HygieneFixtures hygieneFixtures;
    @Autowired
    private HygieneService hygiene;
    private TestSite testSite;
    private Rounds rounds;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
        rounds = hygieneFixtures.rounds(testSite);
    }

    private Div card(RoundLine round) {
        return _get(Div.class, spec -> spec.withId("round-" + round.id()));
    }

    private String status(RoundLine round) {
        return _get(card(round), Span.class, spec -> spec.withClasses("round-status")).getText();
    }

    private void open(Role role) {
        login(testSite.username(role));
        UI.getCurrent().navigate(RoundsView.class);
    }

    private void openChecklist(RoundLine round) {
        act(() -> _get(card(round), Button.class, spec -> spec.withText(t("hygiene.rounds.open"))).click());
    }

    private Div item(int index) {
        return _get(Div.class, spec -> spec.withId("checklist-item-" + index));
    }

    private void answer(int index, boolean pass) {
        act(() -> _get(item(index), Button.class,
                spec -> spec.withText(t(pass ? "hygiene.checklist.pass" : "hygiene.checklist.fail"))).click());
    }

    @Test
    void the_health_officer_sees_todays_rounds_with_their_status() {
        open(Role.HEALTH_OFFICER);
        assertThat(status(rounds.get(RoundStatus.MISSED))).isEqualTo("Manquée");
        assertThat(status(rounds.get(RoundStatus.OVERDUE))).isEqualTo("En retard, à faire");
        assertThat(status(rounds.get(RoundStatus.DUE))).isEqualTo("À faire");
        assertThat(status(rounds.get(RoundStatus.UPCOMING))).isEqualTo("À venir");
        assertThat(_find(card(rounds.get(RoundStatus.MISSED)), Button.class)).isEmpty();
        assertThat(_find(card(rounds.get(RoundStatus.UPCOMING)), Button.class)).isEmpty();
    }

    @Test
    void completing_a_due_round_with_a_failed_item_is_on_time_and_opens_its_corrective_action() {
        open(Role.HEALTH_OFFICER);
        RoundLine due = rounds.get(RoundStatus.DUE);
        openChecklist(due);
        for (int i = 0; i < 5; i++) {
            answer(i, i != 1);
        }
        assertThat(_find(item(0), TextArea.class)).isEmpty();
        _setValue(_get(item(1), TextArea.class), "Distributeur de gel vide, rangée C");
        _setValue(_get(item(1), TextField.class, spec -> spec.withLabel("Action corrective")), "Remplir le distributeur");
        _setValue(_get(item(1), OwnerField.class), testSite.agent());

        act(() -> click("Terminer la tournée"));

        assertThat(notifications()).anySatisfy(text -> assertThat(text)
                .startsWith("Tournée de ").endsWith(testSite.floor1().getName() + " terminée : À l’heure."));
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(status(due)).isEqualTo("À l’heure");
        List<OpenAction> open = hygiene.openActions(testSite.site().getId());
        assertThat(open).extracting(OpenAction::failureNote).containsExactly("Distributeur de gel vide, rangée C");
        assertThat(open).extracting(OpenAction::owner).containsExactly(testSite.agent().getFullName());
    }

    @Test
    void completing_an_overdue_round_shows_it_late() {
        open(Role.SITE_MANAGER);
        RoundLine overdue = rounds.get(RoundStatus.OVERDUE);
        openChecklist(overdue);
        for (int i = 0; i < 5; i++) {
            answer(i, true);
        }
        act(() -> click("Terminer la tournée"));
        assertThat(status(overdue)).isEqualTo("En retard");
    }

    @Test
    void a_failed_item_without_a_note_is_refused_and_the_checklist_stays_open() {
        open(Role.HEALTH_OFFICER);
        openChecklist(rounds.get(RoundStatus.DUE));
        for (int i = 0; i < 5; i++) {
            answer(i, i != 0);
        }
        act(() -> click("Terminer la tournée"));
        assertThat(notifications()).contains("Décrivez le défaut constaté pour « Surfaces désinfectées ».");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(status(rounds.get(RoundStatus.DUE))).isEqualTo("À faire");
    }

    @Test
    void a_round_finished_meanwhile_by_someone_else_says_who_did_it() {
        open(Role.HEALTH_OFFICER);
        openChecklist(rounds.get(RoundStatus.DUE));
        for (int i = 0; i < 5; i++) {
            answer(i, true);
        }
        Signing.signIn(users, testSite.username(Role.SITE_MANAGER));
        hygiene.complete(rounds.get(RoundStatus.DUE).id(), HygieneFixtures.allPass());
        login(testSite.username(Role.HEALTH_OFFICER));

        act(() -> click("Terminer la tournée"));

        assertThat(notifications()).anySatisfy(text -> assertThat(text)
                .startsWith("Cette tournée a déjà été faite par SITE_MANAGER"));
    }

    @Test
    void a_round_another_person_finishes_turns_done_on_an_open_rounds_screen() {
        open(Role.SITE_MANAGER);
        RoundLine due = rounds.get(RoundStatus.DUE);
        assertThat(status(due)).isEqualTo("À faire");
        Signing.signIn(users, testSite.username(Role.HEALTH_OFFICER));
        hygiene.complete(due.id(), HygieneFixtures.allPass());
        login(testSite.username(Role.SITE_MANAGER));

        pushRoundtrip();

        assertThat(status(due)).isEqualTo("À l’heure");
    }

    @Test
    void a_site_manager_may_open_the_rounds() {
        open(Role.SITE_MANAGER);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RoundsView.class);
    }

    @Test
    void agents_team_leads_and_auditors_may_not_open_the_rounds() {
        for (Role role : List.of(Role.AGENT, Role.TEAM_LEAD, Role.AUDITOR)) {
            login(testSite.username(role));
            assertCannotOpen(RoundsView.class);
        }
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        UI.getCurrent().navigate(RoundsView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
