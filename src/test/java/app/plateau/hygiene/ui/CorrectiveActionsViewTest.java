package app.plateau.hygiene.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.Signing;
import app.plateau.hygiene.Answer;
import app.plateau.hygiene.HygieneBroadcaster;
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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CorrectiveActionsViewTest extends KaribuTest {

    @Autowired
    private HygieneFixtures hygieneFixtures;
    @Autowired
    private HygieneService hygiene;
    @Autowired
    private HygieneBroadcaster broadcaster;
    @Autowired
    private JdbcTemplate jdbc;
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
    void the_health_officer_gives_an_action_to_one_of_the_site_people_and_a_stranger_is_refused() {
        TestSite elsewhere = fixtures.site();
        login(testSite.username(Role.HEALTH_OFFICER));
        UI.getCurrent().navigate(CorrectiveActionsView.class);
        assertThat(_get(card(), Span.class, spec -> spec.withClasses("action-owner")).getText())
                .startsWith("Sans responsable pour l’instant ; avant le ");

        act(() -> _get(card(), Button.class, spec -> spec.withText("Confier à…")).click());
        _setValue(_get(OwnerField.class), elsewhere.agent());
        act(() -> click("Confier l’action"));
        assertThat(notifications()).contains("Cette personne ne travaille pas sur ce site : choisissez une personne"
                + " du site pour s’occuper de l’action.");

        _setValue(_get(OwnerField.class), testSite.agent());
        act(() -> click("Confier l’action"));
        assertThat(notifications()).contains("L’action « " + HygieneFixtures.GEL + " » est confiée à "
                + testSite.agent().getFullName() + ".");
        assertThat(_get(card(), Span.class, spec -> spec.withClasses("action-owner")).getText())
                .matches("Par " + testSite.agent().getFullName() + ", avant le \\d{2}/\\d{2}/\\d{4}");
        assertThat(_find(card(), Span.class, spec -> spec.withClasses("action-overdue-chip"))).isEmpty();
    }

    @Test
    void the_owner_sees_the_action_on_their_card_and_an_overdue_one_is_flagged() {
        Signing.signIn(users, testSite.username(Role.HEALTH_OFFICER));
        hygiene.setOwner(action.id(), testSite.agent().getId());
        Signing.signOut();
        jdbc.update("UPDATE corrective_action SET deadline = ? WHERE id = ?", LocalDate.now().minusDays(3),
                action.id());

        login(testSite.username(Role.AGENT));
        MyCorrectiveActions mine = new MyCorrectiveActions(hygiene, broadcaster);
        assertThat(mine.none.isVisible()).isFalse();
        assertThat(mine.list.getChildren().map(item -> item.getElement().getTextRecursively())).singleElement()
                .satisfies(text -> assertThat(text).startsWith(testSite.floor1().getName() + " — " + HygieneFixtures.GEL
                        + " : Remplir").contains("Avant le ").endsWith("En retard"));

        login(testSite.username(Role.TEAM_LEAD));
        MyCorrectiveActions nothing = new MyCorrectiveActions(hygiene, broadcaster);
        assertThat(nothing.none.getText()).isEqualTo("Aucune action corrective ne vous est confiée.");
        assertThat(nothing.list.isVisible()).isFalse();
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
