package app.plateau.transfer.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import com.github.mvysny.kaributesting.v10.GridKt;
import app.plateau.KaribuTest;
import app.plateau.Signing;
import app.plateau.occupancy.PresenceService;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import app.plateau.transfer.MoveDraft;
import app.plateau.transfer.MoveReason;
import app.plateau.transfer.TransferRequest;
import app.plateau.transfer.TransferService;
import app.plateau.transfer.TransferState;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class InboxViewTest extends KaribuTest {

    @Autowired
    PresenceService presence;
    @Autowired
    TransferService transfers;
    TestSite testSite;
    TransferRequest request;

    @BeforeEach
    void pendingRequest() {
        testSite = fixtures.site();
        request = asAgent(() -> {
            presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
            return transfers.request(new MoveDraft(testSite.agent().getId(), testSite.floor2().getId(),
                    MoveReason.TRAINING, "Nouvelle campagne", null, null));
        });
    }

    /** Acts as the agent from another device, leaving whoever is signed in here as they were. */
    private <T> T asAgent(java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        Signing.signIn(users, testSite.username(Role.AGENT));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** A button of a row's action cell, as the browser renders it. */
    static Button rowButton(InboxView view, int row, String text) {
        return _get(GridKt._getCellComponent(view.grid, row, "actions"), Button.class,
                spec -> spec.withText(text));
    }

    private InboxView open() {
        login(testSite.username(Role.SITE_MANAGER));
        UI.getCurrent().navigate(InboxView.class);
        return _get(InboxView.class);
    }

    @Test
    void the_manager_sees_the_pending_request_with_both_floors_live_counts() {
        InboxView view = open();
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormatted(view.grid, 0, "person")).startsWith(testSite.agent().getFullName());
        assertThat(_getFormatted(view.grid, 0, "reason")).isEqualTo("Formation — Nouvelle campagne");
        assertThat(view.pendingCount.getText()).isEqualTo("1 demande en attente");
        SideNavItem inbox = _get(SideNavItem.class, spec -> spec.withLabel("Demandes de déplacement"));
        assertThat(inbox.getSuffixComponent().getElement().getText()).isEqualTo("1");
    }

    @Test
    void approving_removes_the_request_and_holds_a_place_on_the_target_floor() {
        InboxView view = open();
        act(() -> _click(rowButton(view, 0, "Approuver")));
        assertThat(notifications()).contains("Déplacement de " + testSite.agent().getFullName()
                + " vers Plateau 2 approuvé.");
        assertThat(_size(view.grid)).isZero();
        assertThat(presence.load(testSite.floor2().getId()).reserved()).isEqualTo(1);
    }

    @Test
    void denying_needs_a_reason_and_is_recorded() {
        InboxView view = open();
        act(() -> _click(rowButton(view, 0, "Refuser")));
        act(() -> _click(_get(Button.class, spec -> spec.withText("Refuser"))));
        assertThat(notifications()).contains("Le champ « Motif du refus » est obligatoire.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Motif du refus")), "Formation complète");
        act(() -> _click(_get(Button.class, spec -> spec.withText("Refuser"))));
        assertThat(transfers.get(request.getId()).getState()).isEqualTo(TransferState.DENIED);
        assertThat(transfers.get(request.getId()).getDenyReason()).isEqualTo("Formation complète");
    }

    @Test
    void a_new_request_appears_without_a_reload_after_the_push_task_runs() {
        InboxView view = open();
        var colleague = fixtures.person(testSite.site(), app.plateau.Fixtures.unique("C"), "Collègue",
                testSite.team(), testSite.floor1());
        presence.checkIn(colleague.getId(), testSite.floor1().getId());
        transfers.request(new MoveDraft(colleague.getId(), testSite.floor2().getId(), MoveReason.HR, null, null,
                null));
        pushRoundtrip();
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(view.pendingCount.getText()).isEqualTo("2 demandes en attente");
        SideNavItem inbox = _get(SideNavItem.class, spec -> spec.withLabel("Demandes de déplacement"));
        assertThat(inbox.getSuffixComponent().getElement().getText()).isEqualTo("2");
    }

    @Test
    void an_agent_cannot_open_the_inbox_and_anonymous_goes_to_login() {
        login(testSite.username(Role.AGENT));
        assertCannotOpen(InboxView.class);
        reset();
        UI.getCurrent().navigate(InboxView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
