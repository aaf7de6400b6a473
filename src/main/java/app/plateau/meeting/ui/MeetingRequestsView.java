package app.plateau.meeting.ui;

import app.plateau.base.ui.Decisions;
import app.plateau.base.ui.Live;
import app.plateau.base.ui.Notifications;
import app.plateau.base.ui.PhoneCards;
import app.plateau.meeting.Meeting;
import app.plateau.meeting.MeetingBroadcaster;
import app.plateau.meeting.MeetingRequest;
import app.plateau.meeting.PhysicalMeetingService;
import app.plateau.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/**
 * The site manager's physical-meeting requests: what, who, when, which room for how many, and why
 * it cannot be held remotely; approve or deny with a reason. New requests and other managers'
 * decisions arrive without a reload.
 */
@Route(MeetingRequestsView.ROUTE)
@Menu(order = 7, title = "nav.meeting-requests", icon = "vaadin:calendar-envelope")
@RolesAllowed("SITE_MANAGER")
public class MeetingRequestsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "meeting-requests";

    private final transient PhysicalMeetingService requests;

    final Grid<MeetingRequest> grid = new Grid<>(MeetingRequest.class, false);
    final Span pendingCount = new Span();
    /** One column per field on a desk screen, one column of cards on a phone. */
    private PhoneCards cards;

    public MeetingRequestsView(PhysicalMeetingService requests, MeetingBroadcaster live) {
        this.requests = requests;
        addClassName("meeting-requests-view");
        setSizeFull();
        pendingCount.addClassName("meeting-requests-count");

        // Each column starts wide enough for a long word and shares the rest, so that at 1366 px
        // (beside the menu) titles and justifications wrap instead of being cut.
        // Widths in rem, not em: the header's smaller type would give it narrower columns than the rows.
        grid.addColumn(request -> getTranslation("meeting-request.asked-at-value", request.requestedAt()))
                .setHeader(getTranslation("meeting-request.asked-at")).setKey("asked").setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(MeetingRequest::organiserName).setHeader(getTranslation("meeting-request.organiser"))
                .setKey("organiser").setWidth("8.5rem").setFlexGrow(1);
        grid.addColumn(MeetingRequest::title).setHeader(getTranslation("meeting-request.title")).setKey("title")
                .setWidth("8.5rem").setFlexGrow(2);
        grid.addColumn(this::when).setHeader(getTranslation("meeting-request.when")).setKey("when")
                .setWidth("8.5rem").setFlexGrow(2);
        grid.addColumn(request -> getTranslation("meeting-request.room-value", request.roomName(), request.roomCap()))
                .setHeader(getTranslation("meeting-request.room")).setKey("room").setWidth("7.5rem").setFlexGrow(1);
        grid.addColumn(MeetingRequest::participants).setHeader(getTranslation("meeting-request.participants"))
                .setKey("participants").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MeetingRequest::justification).setHeader(getTranslation("meeting-request.justification"))
                .setKey("justification").setWidth("10.5rem").setFlexGrow(3);
        // Approve above Deny: the row is several lines high anyway, and their width goes to the texts.
        grid.addColumn(new ComponentRenderer<>(request -> cards.narrow() ? new Span() : actions(request)))
                .setHeader(getTranslation("common.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        // A phone has room for one column: each request as a short card, its buttons under it.
        grid.addColumn(new ComponentRenderer<>(request -> cards.narrow() ? requestCard(request) : new Span()))
                .setHeader(getTranslation("meeting-request.card")).setKey("request").setVisible(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("meeting-request.empty"));

        add(pendingCount, grid);
        cards = PhoneCards.follow(this, grid, "request");
        Live.refresh(this, live.sites(), () -> CurrentUser.get().siteId(), this::refresh);
        refresh();
    }

    /** Re-reads the requests waiting: after a decision here and when a change of the site is pushed. */
    void refresh() {
        pendingCount.setText(getTranslation("meeting-request.count", requests.countPending()));
        grid.setItems(query -> requests.pending(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) requests.countPending());
    }

    /** Shows the layout for a window this wide, as a resize would. */
    void fitTo(int windowWidth) {
        cards.fitTo(windowWidth);
    }

    /** A request on a phone: what, when, where for how many, who asked and why, and the buttons. */
    private Component requestCard(MeetingRequest request) {
        Div title = new Div(request.title());
        title.addClassName("meeting-request-card-title");
        Div room = new Div(getTranslation("meeting-request.card.room", request.roomName(), request.roomCap(),
                request.participants()));
        Div asked = new Div(getTranslation("meeting-request.card.asked", request.organiserName(),
                request.requestedAt()));
        asked.addClassName("meeting-request-card-asked");
        Div why = new Div(request.justification());
        Div card = new Div(title, new Div(when(request)), room, why, asked, actions(request));
        card.addClassName("meeting-request-card");
        return card;
    }

    private String when(MeetingRequest request) {
        String when = getTranslation("meeting-request.when-value", request.start().toLocalDate(),
                request.start().toLocalTime(), request.end().toLocalTime());
        String repeat = RecurrenceText.of(this, getLocale(), request.recurrence());
        return repeat.isEmpty() ? when : getTranslation("meeting-request.when-series", when, repeat);
    }

    private Component actions(MeetingRequest request) {
        Component buttons = Decisions.buttons(this, "meeting-request.approve", "meeting-request.deny",
                "meeting-" + request.meetingId(), () -> approve(request), () -> openDeny(request));
        buttons.getElement().getClassList().add("meeting-request-actions");
        return buttons;
    }

    void approve(MeetingRequest request) {
        try {
            requests.approve(request.meetingId());
            Notifications.success(getTranslation("meeting-request.approved", request.title(),
                    request.organiserName()));
        } finally {
            refresh();
        }
    }

    void openDeny(MeetingRequest request) {
        Decisions.askReason(this, getTranslation("meeting-request.deny.title", request.title()),
                getTranslation("meeting-request.deny-reason"), Meeting.REASON_MAX, "meeting-request.deny", why -> {
                    requests.deny(request.meetingId(), why);
                    Notifications.success(getTranslation("meeting-request.denied", request.title(),
                            request.organiserName()));
                }, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting-request.page-title");
    }
}
