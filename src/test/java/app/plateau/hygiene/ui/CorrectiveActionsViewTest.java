package app.plateau.hygiene.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.Signing;
import app.plateau.hygiene.Answer;
import app.plateau.hygiene.HygieneFixtures;
import app.plateau.hygiene.HygieneService;
import app.plateau.hygiene.OpenAction;
import app.plateau.hygiene.RoundStatus;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CorrectiveActionsViewTest extends KaribuTest {

    @Autowired
    private HygieneFixtures hygieneFixtures;
    @Autowired
    private HygieneService hygiene;
    private TestSite testSite;
    private OpenAction action;

    @BeforeEach
    void failedRound() {
        testSite = fixtures.site();
        HygieneFixtures.Rounds rounds = hygieneFixtures.rounds(testSite);
        Signing.signIn(users, testSite.username(Role.HEALTH_OFFICER));
        List<Answer> answers = new ArrayList<>(HygieneFixtures.allPass());
        answers.set(1, Answer.fail("Distributeur de gel vide, rangée C", "Remplir", null,
                LocalDate.now().plusDays(2)));
        hygiene.complete(rounds.get(RoundStatus.DUE).id(), answers);
        action = hygiene.openActions(testSite.site().getId()).get(0);
        Signing.signOut();
    }

    private Div card() {
        return _get(Div.class, spec -> spec.withId("action-" + action.id()));
    }

    @Test
    void the_health_officer_closes_an_open_action_with_a_note() {
        login(testSite.username(Role.HEALTH_OFFICER));
        UI.getCurrent().navigate(CorrectiveActionsView.class);
        assertThat(_get(card(), H3.class).getText()).isEqualTo(testSite.floor1().getName() + " — "
                + HygieneFixtures.GEL);

        act(() -> _get(card(), Button.class, spec -> spec.withText("Clore…")).click());
        act(() -> click("Clore l’action"));
        assertThat(notifications()).contains("Le champ « Note de clôture » est obligatoire.");

        _setValue(_get(TextArea.class), "Distributeur rempli");
        act(() -> click("Clore l’action"));
        assertThat(notifications()).contains("L’action « " + HygieneFixtures.GEL + " » est close.");
        assertThat(_find(Div.class, spec -> spec.withId("action-" + action.id()))).isEmpty();
        assertThat(hygiene.openActions(testSite.site().getId())).isEmpty();
    }

    @Test
    void an_auditor_reads_the_actions_but_cannot_close_them() {
        login(testSite.username(Role.AUDITOR));
        UI.getCurrent().navigate(CorrectiveActionsView.class);
        assertThat(_find(card(), Button.class)).isEmpty();
    }

    @Test
    void agents_and_team_leads_may_not_open_the_actions() {
        for (Role role : List.of(Role.AGENT, Role.TEAM_LEAD)) {
            login(testSite.username(role));
            assertCannotOpen(CorrectiveActionsView.class);
        }
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        UI.getCurrent().navigate(CorrectiveActionsView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
