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
import app.plateau.hygiene.RoundStatus;
import app.plateau.occupancy.ui.BoardView;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The hygiene alerts on the occupancy board, and closing the floor from there. */
class BoardAlertsTest extends KaribuTest {

    @Autowired
    private HygieneFixtures hygieneFixtures;
    @Autowired
    private FloorService floors;
    @Autowired
    private HygieneService hygiene;
    @Autowired
    private JdbcTemplate jdbc;
    private TestSite testSite;
    private HygieneFixtures.Rounds rounds;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
        rounds = hygieneFixtures.rounds(testSite);
    }

    private Div card(Floor floor) {
        return _get(Div.class, spec -> spec.withId("floor-" + floor.getId()));
    }

    @Test
    void a_floor_with_a_missed_round_shows_it_on_the_board_and_the_manager_closes_it_from_there() {
        login(testSite.username(Role.SITE_MANAGER));
        UI.getCurrent().navigate(BoardView.class);

        Span alert = _get(card(testSite.floor1()), Span.class, spec -> spec.withClasses("floor-alert"));
        assertThat(alert.getElement().getTextRecursively())
                .isEqualTo("Tournée « " + rounds.template().getName() + " » de "
                        + rounds.get(RoundStatus.MISSED).time() + " manquée");
        assertThat(_find(card(testSite.floor2()), Span.class, spec -> spec.withClasses("floor-alert"))).isEmpty();

        act(() -> _get(card(testSite.floor1()), Button.class, spec -> spec.withText(t("board.close"))).click());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Motif de fermeture")), "Tournée d’hygiène manquée");
        act(() -> click(t("board.close.confirm")));

        assertThat(floors.get(testSite.floor1().getId()).isOpen()).isFalse();
        assertThat(_get(card(testSite.floor1()), Span.class, spec -> spec.withClasses("floor-closed-reason"))
                .getText()).isEqualTo("Fermé : Tournée d’hygiène manquée");
    }

    @Test
    void a_corrective_action_past_its_deadline_is_flagged_on_its_floor() {
        Signing.signIn(users, testSite.username(Role.HEALTH_OFFICER));
        List<Answer> answers = new ArrayList<>(HygieneFixtures.allPass());
        answers.set(3, Answer.fail("Fenêtres fermées", "Aérer", testSite.agent().getId(),
                hygiene.sheet(rounds.get(RoundStatus.OVERDUE).id()).today()));
        hygiene.complete(rounds.get(RoundStatus.OVERDUE).id(), answers);
        Signing.signOut();
        jdbc.update("UPDATE corrective_action SET deadline = ? WHERE round_id = ?", LocalDate.of(2026, 1, 5),
                rounds.get(RoundStatus.OVERDUE).id());

        login(testSite.username(Role.SITE_MANAGER));
        UI.getCurrent().navigate(BoardView.class);

        assertThat(_get(card(testSite.floor2()), Span.class, spec -> spec.withClasses("floor-alert"))
                .getElement().getTextRecursively())
                .isEqualTo("Action corrective en retard : Aération (échéance le 05/01/2026)");
    }

    @Test
    void an_auditor_sees_the_alert_without_a_close_button() {
        login(testSite.username(Role.AUDITOR));
        UI.getCurrent().navigate(BoardView.class);
        assertThat(_find(card(testSite.floor1()), Span.class, spec -> spec.withClasses("floor-alert"))).hasSize(1);
        assertThat(_find(card(testSite.floor1()), Button.class)).isEmpty();
    }
}
