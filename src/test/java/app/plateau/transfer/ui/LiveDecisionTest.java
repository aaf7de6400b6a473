package app.plateau.transfer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.security.Role;
import app.plateau.transfer.MoveReason;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import app.plateau.occupancy.PresenceService;

/**
 * Two open UIs, the agent's and the manager's: the manager's approval changes the agent's page
 * once the push task runs, without the agent doing anything.
 */
class LiveDecisionTest extends KaribuTest {

    @Autowired
    PresenceService presence;

    @Test
    void the_managers_approval_reaches_the_agents_open_page() {
        TestSite testSite = fixtures.site();
        login(testSite.username(Role.AGENT));
        UI.getCurrent().navigate(MyFloorView.class);
        UI agentUi = UI.getCurrent();
        MyFloorView agentView = _get(MyFloorView.class);
        _setValue(agentView.checkInFloor, agentView.checkInFloor.getListDataView().getItem(0));
        act(agentView.checkIn::click);
        _setValue(agentView.toFloor, agentView.toFloor.getListDataView().getItem(0));
        _setValue(agentView.reason, MoveReason.TRAINING);
        act(agentView.send::click);
        assertThat(agentView.moveState.getText()).isEqualTo("En attente");

        // A second UI in the same mocked servlet: the manager's tab.
        MockVaadin.INSTANCE.createUI$karibu_testing_v10(UI::new, VaadinSession.getCurrent());
        UI managerUi = UI.getCurrent();
        assertThat(managerUi).isNotSameAs(agentUi);
        login(testSite.username(Role.SITE_MANAGER));
        managerUi.navigate(InboxView.class);
        act(() -> _click(InboxViewTest.rowButton(_get(InboxView.class), 0, "Approuver")));

        UI.setCurrent(agentUi);
        pushRoundtrip();
        assertThat(agentView.moveState.getText()).isEqualTo("Approuvé");
        assertThat(agentView.moveText.getText()).startsWith("Rendez-vous sur Plateau 2 avant");
        assertThat(agentView.arrived.isVisible()).isTrue();
    }

    @Test
    void a_check_in_made_by_the_team_lead_shows_on_the_agents_open_page() {
        TestSite testSite = fixtures.site();
        login(testSite.username(Role.AGENT));
        UI.getCurrent().navigate(MyFloorView.class);
        MyFloorView agentView = _get(MyFloorView.class);
        assertThat(agentView.where.getText()).isEqualTo("Aucune présence enregistrée sur un plateau");

        login(testSite.username(Role.TEAM_LEAD));
        presence.checkIn(testSite.agent().getId(), testSite.floor2().getId());
        pushRoundtrip();

        assertThat(agentView.where.getText()).startsWith("Sur Plateau 2 depuis");
        assertThat(agentView.checkOut.isVisible()).isTrue();
    }
}
