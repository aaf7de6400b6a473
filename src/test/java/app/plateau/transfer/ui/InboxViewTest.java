package app.plateau.transfer.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import com.github.mvysny.kaributesting.v10.GridKt;
import app.plateau.KaribuTest;
import app.plateau.base.Dates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import app.plateau.Signing;
import app.plateau.occupancy.PresenceService;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import app.plateau.transfer.MoveDraft;
import app.plateau.transfer.MoveReason;
import app.plateau.transfer.TransferRequest;
import app.plateau.transfer.TransferService;
import app.plateau.transfer.TransferState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
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
    void each_request_says_in_words_how_long_it_may_still_be_decided() {
        var colleague = fixtures.person(testSite.site(), app.plateau.Fixtures.unique("C"), "Collègue",
                testSite.team(), testSite.floor1());
        login(testSite.username(Role.SITE_MANAGER));
        presence.checkIn(colleague.getId(), testSite.floor1().getId());
        Instant moveAt = Instant.now().plus(Duration.ofMinutes(65)).plusSeconds(30);
        transfers.request(new MoveDraft(colleague.getId(), testSite.floor2().getId(), MoveReason.HR, null, moveAt,
                null));
        InboxView view = open();

        // Oldest first: the agent's request for now, then the colleague's for in 65 minutes.
        assertThat(_getFormatted(view.grid, 0, "expires")).startsWith("dans 14 min (");
        String deadline = Dates.time(Locale.FRENCH, LocalTime.ofInstant(transfers.decideBefore(moveAt),
                testSite.site().zoneId()));
        assertThat(_getFormatted(view.grid, 1, "expires")).isEqualTo("dans 1 h 20 (" + deadline + ")");
    }

    @Test
    void the_floor_counts_use_the_inbox_own_style_not_the_boards_large_type() {
        InboxView view = open();
        var cell = GridKt._getCellComponent(view.grid, 0, "from");
        assertThat(cell.getElement().getClassList()).contains("inbox-floor-count").doesNotContain("floor-count");
    }

    private static List<String> visibleColumns(InboxView view) {
        return view.grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    @Test
    void at_a_desk_each_field_has_a_column_that_wraps_and_the_buttons_stand_one_above_the_other() {
        windowWidth(1366);
        InboxView view = open();

        assertThat(visibleColumns(view))
                .containsExactly("asked", "person", "from", "to", "reason", "when", "expires", "actions");
        assertThat(view.grid.getThemeNames()).contains("wrap-cell-content");
        // Names and reasons take the room left, from a start that holds a long word, rather than 100 px.
        assertThat(view.grid.getColumnByKey("person").getFlexGrow()).isEqualTo(2);
        assertThat(view.grid.getColumnByKey("reason").getFlexGrow()).isEqualTo(2);
        assertThat(view.grid.getColumnByKey("person").getWidth()).isEqualTo("9.5rem");
        assertThat(GridKt._getCellComponent(view.grid, 0, "actions").getElement().getClassList())
                .contains("inbox-actions");
        assertThat(rowButton(view, 0, "Approuver").isVisible()).isTrue();
    }

    @Test
    void on_a_phone_each_request_is_one_card_saying_who_where_why_and_until_when_with_its_buttons() {
        windowWidth(390);
        InboxView view = open();

        assertThat(visibleColumns(view)).containsExactly("request");
        Component card = GridKt._getCellComponent(view.grid, 0, "request");
        assertThat(card.getElement().getTextRecursively()).contains(testSite.agent().getFullName(), "Plateau 1 · ",
                " → ", "Plateau 2 · ", "Formation — Nouvelle campagne", "Quand : Maintenant → fin du service",
                "Expire dans 14 min (");
        // The buttons are on the card only: each id is once on the page.
        assertThat(_find(GridKt._getCellComponent(view.grid, 0, "actions"), Button.class)).isEmpty();

        act(() -> _click(_get(card, Button.class, spec -> spec.withText("Approuver"))));

        assertThat(_size(view.grid)).isZero();
        assertThat(presence.load(testSite.floor2().getId()).reserved()).isEqualTo(1);
    }

    @Test
    void turning_a_phone_to_a_wider_window_brings_the_columns_back() {
        windowWidth(390);
        InboxView view = open();
        view.fitTo(1024);

        assertThat(visibleColumns(view)).hasSize(8).doesNotContain("request");
        assertThat(_find(GridKt._getCellComponent(view.grid, 0, "request"), Button.class)).isEmpty();
        assertThat(rowButton(view, 0, "Refuser").isVisible()).isTrue();
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
