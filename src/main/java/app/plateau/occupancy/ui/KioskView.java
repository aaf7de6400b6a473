package app.plateau.occupancy.ui;

import app.plateau.base.DomainException;
import app.plateau.base.ui.Live;
import app.plateau.occupancy.EntranceDisplay;
import app.plateau.occupancy.EntranceService;
import app.plateau.occupancy.OccupancyBroadcaster;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The entrance display of a floor, on a screen at its door, opened without an account by the
 * link that holds the screen's device token. Made to be read from three metres: the places taken
 * against the cap, whether one may come in, and who is expected by an approved move. It re-reads
 * whenever its site's occupancy changes; a revoked or wrong link shows only that it is not
 * recognised.
 */
@Route(value = "kiosk/:token", autoLayout = false)
@AnonymousAllowed
public class KioskView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient EntranceService entrance;
    private String token;
    private Long siteId;
    private String title = "";

    public KioskView(EntranceService entrance, OccupancyBroadcaster broadcaster) {
        this.entrance = entrance;
        addClassName("kiosk");
        Live.refresh(this, broadcaster.sites(), () -> siteId, this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse(null);
        refresh();
    }

    private void refresh() {
        removeAll();
        EntranceDisplay display;
        try {
            display = entrance.display(token);
        } catch (DomainException notRecognised) {
            showNotRecognised();
            return;
        }
        siteId = display.siteId();
        show(display);
    }

    private void show(EntranceDisplay display) {
        title = getTranslation("kiosk.title", display.floorName());

        Div floor = new Div(display.floorName());
        floor.addClassName("kiosk-floor");
        Div count = new Div(getTranslation("kiosk.count", display.held(), display.cap()));
        count.addClassName("kiosk-count");
        Div state = new Div();
        state.addClassName("kiosk-state");
        if (!display.open()) {
            state.setText(getTranslation("kiosk.closed", display.closedReason() == null ? "" : display.closedReason()));
            state.addClassName("kiosk-closed");
        } else if (display.full()) {
            state.setText(getTranslation("kiosk.full"));
            state.addClassName("kiosk-full");
        } else {
            state.setText(getTranslation("kiosk.open"));
            state.addClassName("kiosk-open");
        }
        Div detail = new Div(getTranslation("kiosk.detail", display.present(), display.reserved()));
        detail.addClassName("kiosk-detail");

        Div expected = new Div(new H2(getTranslation("kiosk.expected")));
        expected.addClassName("kiosk-expected");
        if (display.expected().isEmpty()) {
            expected.add(new Paragraph(getTranslation("kiosk.expected.none")));
        } else {
            UnorderedList names = new UnorderedList();
            display.expected().forEach(name -> names.add(new ListItem(name)));
            expected.add(names);
        }
        add(floor, count, state, detail, expected);
    }

    private void showNotRecognised() {
        title = getTranslation("kiosk.unknown.title");
        Div page = new Div(new H1(getTranslation("kiosk.unknown.title")),
                new Paragraph(getTranslation("kiosk.unknown.text")));
        page.addClassName("kiosk-unknown");
        add(page);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
