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
        assertThat(view.where.getText()).isEqualTo("Aucune présence enregistrée sur un plateau");
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
        assertThat(notifications()).contains("Précisez le motif quand vous choisissez « Autre ».");
        assertThat(view.moveCard.isVisible()).isFalse();
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
        assertThat(view.where.getText()).isEqualTo("Aucune présence enregistrée sur un plateau");
    }

    @Test
    void a_team_lead_acts_for_a_member_of_the_team() {
        MyFloorView view = open(Role.TEAM_LEAD);
        assertThat(view.who.isVisible()).isTrue();
        List<String> names = view.who.getListDataView().getItems().map(Person::getFullName).toList();
        assertThat(names).containsExactly(testSite.lead().getFullName(), testSite.agent().getFullName());
        _setValue(view.who, view.who.getListDataView().getItem(1));
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
