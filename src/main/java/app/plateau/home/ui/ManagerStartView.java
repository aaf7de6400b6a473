package app.plateau.home.ui;

import app.plateau.base.Dates;
import app.plateau.hygiene.HygieneBroadcaster;
import app.plateau.hygiene.HygieneService;
import app.plateau.hygiene.OpenAction;
import app.plateau.hygiene.ui.CorrectiveActionsView;
import app.plateau.occupancy.FloorLoad;
import app.plateau.occupancy.OccupancyBroadcaster;
import app.plateau.occupancy.PresenceService;
import app.plateau.occupancy.ui.BoardView;
import app.plateau.organisation.SiteService;
import app.plateau.transfer.TransferBroadcaster;
import app.plateau.transfer.TransferRequest;
import app.plateau.transfer.TransferService;
import app.plateau.transfer.ui.InboxView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;

/**
 * The site manager's day: floors near or at their cap, the move requests waiting and for how long,
 * and the open critical hygiene failures.
 */
@Route("manager")
@Menu(order = 0, title = "nav.start.manager", icon = "vaadin:building")
@RolesAllowed("SITE_MANAGER")
public class ManagerStartView extends StartPage {

    /** The oldest requests shown; the inbox has them all. */
    static final int REQUESTS_SHOWN = 5;

    private final transient PresenceService presence;
    private final transient TransferService transfers;
    private final transient HygieneService hygiene;
    final StartCard floors;
    final StartCard requests;
    final StartCard failures;

    public ManagerStartView(SiteService sites, Clock clock, PresenceService presence, TransferService transfers,
            HygieneService hygiene, OccupancyBroadcaster occupancyLive, TransferBroadcaster transferLive,
            HygieneBroadcaster hygieneLive) {
        super("manager", sites, clock);
        this.presence = presence;
        this.transfers = transfers;
        this.hygiene = hygiene;
        floors = new StartCard("floors", getTranslation("start.manager.floors"))
                .link(getTranslation("nav.board"), BoardView.class);
        requests = new StartCard("requests", getTranslation("start.manager.requests"))
                .link(getTranslation("nav.inbox"), InboxView.class);
        failures = new StartCard("failures", getTranslation("start.manager.failures"))
                .link(getTranslation("nav.corrective-actions"), CorrectiveActionsView.class);
        cards.add(floors, requests, failures);
        addMyCorrectiveActions(hygiene, hygieneLive);
        live(occupancyLive.sites(), user::siteId);
        live(transferLive.sites(), user::siteId);
        live(hygieneLive.sites(), user::siteId);
        refresh();
    }

    @Override
    void refresh() {
        SiteDay day = today();
        long siteId = user.siteId();
        List<FloorLoad> busy = presence.loads(siteId).stream()
                .filter(load -> load.open() && load.tone() != FloorLoad.Tone.GREEN).toList();
        floors.show(busy.stream().map(this::floorLine).toList(), getTranslation("start.manager.floors.none",
                FloorLoad.AMBER_PERCENT));
        floors.alert(busy.stream().anyMatch(FloorLoad::full));

        long waiting = transfers.countPending(siteId);
        List<Div> lines = new ArrayList<>();
        if (waiting > 0) {
            lines.add(StartCard.figure(String.valueOf(waiting), getTranslation("start.manager.waiting", waiting)));
        }
        transfers.pending(siteId, PageRequest.of(0, REQUESTS_SHOWN))
                .forEach(request -> lines.add(requestLine(day, request)));
        requests.show(lines, getTranslation("start.manager.requests.none"));

        List<OpenAction> critical = hygiene.openActions(siteId).stream().filter(OpenAction::critical).toList();
        failures.show(critical.stream().map(action -> StartCard.line(
                        getTranslation("start.manager.failure", action.floorName(), action.itemLabel()),
                        getTranslation("start.manager.failure.opened",
                                Dates.dateTime(getLocale(), action.openedAt())))).toList(),
                getTranslation("start.manager.failures.none"));
        failures.alert(!critical.isEmpty());
    }

    private Div floorLine(FloorLoad load) {
        Div line = StartCard.line(load.name(), load.full()
                ? getTranslation("start.manager.floor.full", load.held(), load.cap())
                : getTranslation("start.manager.floor.near", load.held(), load.cap(), load.percent()));
        line.addClassName(load.full() ? "start-line-alert" : "start-line-warning");
        return line;
    }

    private Div requestLine(SiteDay day, TransferRequest request) {
        return StartCard.line(request.getPerson().getFullName(),
                getTranslation("start.manager.request", request.getFromFloor().getName(),
                        request.getToFloor().getName(), waited(day, request.getRequestedAt())));
    }
}
