package app.plateau.transfer.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.organisation.Person;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import app.plateau.transfer.MoveReason;
import app.plateau.occupancy.PresenceService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyFloorViewTest extends KaribuTest {

    @Autowired
    PresenceService presence;
    TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    private MyFloorView open(Role role) {
        login(testSite.username(role));
        UI.getCurrent().navigate(MyFloorView.class);
        return _get(MyFloorView.class);
    }

    @Test
    void an_agent_checks_in_asks_for_a_move_and_sees_it_waiting() {
        MyFloorView view = open(Role.AGENT);
        assertThat(view.where.getText()).isEqualTo("Aucune entrée enregistrée sur un plateau");
        // Not an empty table under its headers: the list says there is nothing yet.
        assertThat(_size(view.history)).isZero();
        assertThat(view.history.getEmptyStateText()).isEqualTo("Aucune demande de déplacement pour l’instant.");
        assertThat(view.toFloor.isVisible() && view.requestForm.getParent().get().isVisible()).isFalse();

        _setValue(view.checkInFloor, view.checkInFloor.getListDataView().getItems()
                .filter(load -> load.name().equals("Plateau 1")).findFirst().orElseThrow());
        act(view.checkIn::click);
        assertThat(view.where.getText()).startsWith("Sur Plateau 1 depuis");
        assertThat(notifications()).contains("Entrée enregistrée sur Plateau 1.");

        assertThat(view.toFloor.getListDataView().getItems().map(load -> view.toFloor.getItemLabelGenerator()
                .apply(load))).containsExactly("Plateau 2 — 0 / 30");
        _setValue(view.toFloor, view.toFloor.getListDataView().getItem(0));
        _setValue(view.reason, MoveReason.TRAINING);
        act(view.send::click);

        assertThat(view.moveState.getText()).isEqualTo("En attente");
        assertThat(view.moveText.getText()).startsWith("Demande pour Plateau 2 envoyée à");
        assertThat(view.cancel.isVisible()).isTrue();
        assertThat(view.requestForm.getParent().get().isVisible()).isFalse();
        assertThat(_size(view.history)).isEqualTo(1);
    }

    @Test
    void a_request_to_the_own_floor_cannot_even_be_chosen_and_other_without_details_is_refused() {
        MyFloorView view = open(Role.AGENT);
        _setValue(view.checkInFloor, view.checkInFloor.getListDataView().getItem(0));
        act(view.checkIn::click);
        _setValue(view.toFloor, view.toFloor.getListDataView().getItem(0));
        _setValue(view.reason, MoveReason.OTHER);
        act(view.send::click);
        // On the field to correct, not in a toast over it.
        assertThat(view.details.isInvalid()).isTrue();
        assertThat(view.details.getErrorMessage()).isEqualTo("Précisez le motif quand vous choisissez « Autre ».");
        assertThat(notifications()).noneMatch(text -> text.contains("Précisez"));
        assertThat(view.moveCard.isVisible()).isFalse();

        _setValue(view.details, "Réunion avec les RH");
        act(view.send::click);
        assertThat(view.details.isInvalid()).isFalse();
        assertThat(view.moveState.getText()).isEqualTo("En attente");
    }

    @Test
    void missing_choices_are_marked_on_their_fields() {
        MyFloorView view = open(Role.AGENT);
        _setValue(view.checkInFloor, view.checkInFloor.getListDataView().getItem(0));
        act(view.checkIn::click);
        act(view.send::click);
        assertThat(view.toFloor.isInvalid()).isTrue();
        assertThat(view.toFloor.getErrorMessage()).isEqualTo("Choisissez le plateau de destination.");
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getErrorMessage()).isEqualTo("Choisissez le motif.");
        assertThat(notifications()).containsExactly("Entrée enregistrée sur Plateau 1.");
    }

    @Test
    void a_double_click_on_send_asks_once_and_shows_no_error() {
        MyFloorView view = open(Role.AGENT);
        _setValue(view.checkInFloor, view.checkInFloor.getListDataView().getItem(0));
        act(view.checkIn::click);
        MockVaadin.clientRoundtrip();
        _setValue(view.toFloor, view.toFloor.getListDataView().getItem(0));
        _setValue(view.reason, MoveReason.TRAINING);

        // Both clicks reach the server before the browser has heard the answer of the first.
        act(() -> {
            view.send.click();
            view.send.click();
        });

        assertThat(notifications()).containsOnlyOnce("Demande envoyée pour Plateau 2. La réponse s’affichera ici.")
                .noneMatch(text -> text.contains("déjà une demande ouverte"));
        assertThat(_size(view.history)).isEqualTo(1);
        assertThat(view.moveState.getText()).isEqualTo("En attente");
    }

    @Test
    void checking_in_on_a_full_floor_is_refused_with_the_counts() {
        login(testSite.username(Role.SITE_MANAGER));
        for (int i = 0; i < 20; i++) {
            Person person = fixtures.person(testSite.site(), Fixtures.unique("F"), "Présent " + i, testSite.team(),
                    testSite.floor1());
            presence.checkIn(person.getId(), testSite.floor1().getId());
        }
        MyFloorView view = open(Role.AGENT);
        assertThat(view.checkInFloor.getListDataView().getItems().map(load -> view.checkInFloor
                .getItemLabelGenerator().apply(load))).contains("Plateau 1 — complet (20 / 20)");
        _setValue(view.checkInFloor, view.checkInFloor.getListDataView().getItem(0));
        act(view.checkIn::click);
        assertThat(notifications()).contains("Plateau 1 est complet : 20 sur 20.");
        assertThat(view.where.getText()).isEqualTo("Aucune entrée enregistrée sur un plateau");
    }

    @Test
    void a_team_lead_acts_for_a_member_of_the_team() {
        MyFloorView view = open(Role.TEAM_LEAD);
        assertThat(view.who.isVisible()).isTrue();
        List<String> names = view.who.getListDataView().getItems().map(Person::getFullName).toList();
        assertThat(names).containsExactly(testSite.lead().getFullName(), testSite.agent().getFullName());
        assertThat(view.whereTitle.getText()).isEqualTo("Où je suis");
        assertThat(view.historyTitle.getText()).isEqualTo("Mes demandes");
        _setValue(view.who, view.who.getListDataView().getItem(1));
        String member = testSite.agent().getFullName();
        assertThat(view.whereTitle.getText()).isEqualTo("Où est " + member);
        assertThat(view.moveTitle.getText()).isEqualTo("Déplacement de " + member);
        assertThat(view.askTitle.getText()).isEqualTo("Demander un déplacement pour " + member);
        assertThat(view.historyTitle.getText()).isEqualTo("Demandes de " + member);
        _setValue(view.checkInFloor, view.checkInFloor.getListDataView().getItem(1));
        act(view.checkIn::click);
        login(testSite.username(Role.SITE_MANAGER));
        assertThat(presence.whereIs(testSite.agent().getId())).get()
                .extracting(stay -> stay.floorName()).isEqualTo("Plateau 2");
    }

    @Test
    void a_manager_cannot_open_it_and_anonymous_goes_to_login() {
        login(testSite.username(Role.SITE_MANAGER));
        assertCannotOpen(MyFloorView.class);
        reset();
        UI.getCurrent().navigate(MyFloorView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
