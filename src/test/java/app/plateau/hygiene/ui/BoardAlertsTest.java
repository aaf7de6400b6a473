package app.plateau.hygiene.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.hygiene.HygieneFixtures;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hygiene alerts on the occupancy board, and closing the floor from there. */
class BoardAlertsTest extends KaribuTest {

    @Autowired
    private HygieneFixtures hygieneFixtures;
    @Autowired
    private FloorService floors;
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
    void an_auditor_sees_the_alert_without_a_close_button() {
        login(testSite.username(Role.AUDITOR));
        UI.getCurrent().navigate(BoardView.class);
        assertThat(_find(card(testSite.floor1()), Span.class, spec -> spec.withClasses("floor-alert"))).hasSize(1);
        assertThat(_find(card(testSite.floor1()), Button.class)).isEmpty();
    }
}
