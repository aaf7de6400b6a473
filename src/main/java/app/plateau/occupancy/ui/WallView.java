package app.plateau.occupancy.ui;

import app.plateau.base.Dates;
import app.plateau.base.DomainException;
import app.plateau.base.ui.Live;
import app.plateau.occupancy.Board;
import app.plateau.occupancy.DeviceService;
import app.plateau.occupancy.FloorLoad;
import app.plateau.occupancy.OccupancyBroadcaster;
import app.plateau.occupancy.WallDisplay;
import app.plateau.occupancy.WallService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * The occupancy board for a screen on the wall of the floor managers' room: opened without an
 * account by the link that holds the screen's device token, so it stays up with nobody signed in.
 * No navigation, type readable from across the room, every floor's places taken against its cap in
 * its chart colour, and the chart over the site's working hours. It re-reads whenever its site's
 * occupancy changes, and once a minute so the chart reaches now in a quiet hour; a revoked, expired
 * or wrong link shows only that.
 */
@Route(value = "wall/:token", autoLayout = false)
@AnonymousAllowed
public class WallView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Often enough for the chart's lines to reach now, rarely enough to cost nothing. */
    static final int POLL_MILLIS = 60_000;

    private final transient WallService walls;
    private String token;
    private Long siteId;
    private String title = "";
    private Registration polling;

    public WallView(WallService walls, OccupancyBroadcaster broadcaster) {
        this.walls = walls;
        addClassName("wall-view");
        Live.refresh(this, broadcaster.sites(), () -> siteId, this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse(null);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().setPollInterval(POLL_MILLIS);
        polling = attachEvent.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    void refresh() {
        removeAll();
        WallDisplay display;
        try {
            display = walls.display(token);
        } catch (DomainException refused) {
            if (DeviceService.TOKEN_EXPIRED.equals(refused.getMessageKey())) {
                showRefused("wall.expired.title", "wall.expired.text");
            } else {
                showRefused("kiosk.unknown.title", "wall.unknown.text");
            }
            return;
        }
        siteId = display.siteId();
        show(display);
    }

    private void show(WallDisplay display) {
        Board board = display.board();
        title = getTranslation("wall.title", display.siteName());

        H1 site = new H1(display.siteName());
        site.addClassName("wall-site");
        LocalTime now = board.now().atZone(display.zone()).toLocalTime();
        Span updated = new Span(getTranslation("wall.updated", Dates.time(getLocale(), now)));
        updated.addClassName("wall-updated");
        int present = board.floors().stream().mapToInt(FloorLoad::present).sum();
        Div figures = new Div(
                BoardParts.figure(getTranslation("board.figure", present), getTranslation("board.present-on-site"),
                        "figure-present", false),
                BoardParts.figure(getTranslation("board.figure", board.movesToday()),
                        getTranslation("board.moves-today"), "figure-moves", false),
                BoardParts.figure(getTranslation("board.figure", board.capRefusalsToday()),
                        getTranslation("board.refusals-today"), "figure-refusals", board.capRefusalsToday() > 0));
        figures.addClassName("board-figures");
        Div header = new Div(new Div(site, updated), figures);
        header.addClassName("wall-header");

        Div floors = new Div();
        floors.addClassName("wall-floors");
        List<FloorLoad> loads = board.floors();
        if (loads.isEmpty()) {
            floors.add(new Paragraph(getTranslation("board.no-floor")));
        }
        for (int i = 0; i < loads.size(); i++) {
            floors.add(card(loads.get(i), OccupancyChart.colour(i)));
        }

        Svg chart = new Svg(OccupancyChart.svg(
                OccupancyChart.series(board, load -> getTranslation("board.chart.legend", load.name(), load.cap())),
                OccupancyChart.Day.working(board, display.dayEnd(), display.zone()),
                new OccupancyChart.Labels(getTranslation("board.chart.title"), getTranslation("board.chart.x"),
                        getTranslation("board.chart.y"))));
        chart.addClassName("wall-chart");
        add(header, floors, chart);
    }

    /** A floor at a glance: its chart colour beside its name, the places taken against the cap, and what is left. */
    private Component card(FloorLoad load, String colour) {
        Span swatch = new Span();
        swatch.addClassName("wall-swatch");
        swatch.getStyle().set("background-color", colour);
        Span name = new Span(load.name());
        name.addClassName("wall-floor-name");
        Div head = new Div(swatch, name);
        head.addClassName("wall-floor-head");

        Div count = new Div(getTranslation("board.count", load.present(), load.cap()));
        count.addClassName("wall-count");
        Div state = new Div(load.open() ? getTranslation("board.free", load.free())
                : getTranslation("board.closed", load.closedReason()));
        state.addClassName("wall-state");

        Div card = new Div(head, count, BoardParts.loadBar(load, getTranslation("board.load", load.percent())), state);
        card.setId("wall-floor-" + load.floorId());
        card.addClassNames("wall-floor", "tone-" + load.tone().name().toLowerCase(Locale.ROOT));
        if (!load.open()) {
            card.addClassName("wall-floor-closed");
        }
        return card;
    }

    private void showRefused(String titleKey, String textKey) {
        siteId = null;
        title = getTranslation(titleKey);
        Div page = new Div(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        page.addClassName("wall-refused");
        add(page);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
