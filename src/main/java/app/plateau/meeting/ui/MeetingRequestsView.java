package app.plateau.meeting.ui;

import app.plateau.base.ui.Decisions;
import app.plateau.base.ui.Live;
import app.plateau.base.ui.Notifications;
import app.plateau.meeting.Meeting;
import app.plateau.meeting.MeetingBroadcaster;
import app.plateau.meeting.MeetingRequest;
import app.plateau.meeting.PhysicalMeetingService;
import app.plateau.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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

    public MeetingRequestsView(PhysicalMeetingService requests, MeetingBroadcaster live) {
        this.requests = requests;
        addClassName("meeting-requests-view");
        setSizeFull();
        pendingCount.addClassName("meeting-requests-count");

        grid.addColumn(request -> getTranslation("meeting-request.asked-at-value", request.requestedAt()))
                .setHeader(getTranslation("meeting-request.asked-at")).setKey("asked").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MeetingRequest::organiserName).setHeader(getTranslation("meeting-request.organiser"))
                .setKey("organiser").setFlexGrow(1);
        grid.addColumn(MeetingRequest::title).setHeader(getTranslation("meeting-request.title")).setKey("title")
                .setFlexGrow(2);
        grid.addColumn(this::when).setHeader(getTranslation("meeting-request.when")).setKey("when").setFlexGrow(2);
        grid.addColumn(request -> getTranslation("meeting-request.room-value", request.roomName(), request.roomCap()))
                .setHeader(getTranslation("meeting-request.room")).setKey("room").setFlexGrow(1);
        grid.addColumn(MeetingRequest::participants).setHeader(getTranslation("meeting-request.participants"))
                .setKey("participants").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MeetingRequest::justification).setHeader(getTranslation("meeting-request.justification"))
                .setKey("justification").setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader(getTranslation("common.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("meeting-request.empty"));

        add(pendingCount, grid);
        Live.refresh(this, live.sites(), () -> CurrentUser.get().siteId(), this::refresh);
        refresh();
    }

    /** Re-reads the requests waiting: after a decision here and when a change of the site is pushed. */
    void refresh() {
        pendingCount.setText(getTranslation("meeting-request.count", requests.countPending()));
        grid.setItems(query -> requests.pending(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) requests.countPending());
    }

    private String when(MeetingRequest request) {
        String when = getTranslation("meeting-request.when-value", request.start().toLocalDate(),
                request.start().toLocalTime(), request.end().toLocalTime());
        String repeat = RecurrenceText.of(this, getLocale(), request.recurrence());
        return repeat.isEmpty() ? when : getTranslation("meeting-request.when-series", when, repeat);
    }

    private Component actions(MeetingRequest request) {
        return Decisions.buttons(this, "meeting-request.approve", "meeting-request.deny",
                "meeting-" + request.meetingId(), () -> approve(request), () -> openDeny(request));
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
