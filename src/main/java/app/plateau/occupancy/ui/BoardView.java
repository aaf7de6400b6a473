package app.plateau.occupancy.ui;

import app.plateau.base.ui.Live;
import app.plateau.base.ui.Notifications;
import app.plateau.occupancy.Board;
import app.plateau.occupancy.FloorAlerts;
import app.plateau.occupancy.FloorLoad;
import app.plateau.occupancy.OccupancyBroadcaster;
import app.plateau.occupancy.PendingMoves.FloorMoves;
import app.plateau.occupancy.PresenceService;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.ui.SiteSelect;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The site manager's live occupancy board: every floor's count against its sanitary cap, the moves
 * on their way, today's figures and a chart of the day. It follows the site's changes through push.
 * Managers and administrators close and reopen floors here; auditors only look.
 */
@Route("board")
@Menu(order = 3, title = "nav.board", icon = "vaadin:dashboard")
@RolesAllowed({Role.SITE_MANAGER_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class BoardView extends VerticalLayout implements HasDynamicTitle {

    private final PresenceService presence;
    private final FloorService floors;
    private final OccupancyBroadcaster broadcaster;
    private final ObjectProvider<FloorAlerts> alerts;
    private final SiteSelect site;
    private final Div content = new Div();
    private final boolean mayAct;

    public BoardView(PresenceService presence, FloorService floors, SiteService sites,
            OccupancyBroadcaster broadcaster, ObjectProvider<FloorAlerts> alerts) {
        this.presence = presence;
        this.alerts = alerts;
        this.floors = floors;
        this.broadcaster = broadcaster;
        PlateauUser user = CurrentUser.get();
        this.mayAct = user.has(Role.SITE_MANAGER) || user.has(Role.ADMIN);
        this.site = new SiteSelect(sites, this::showSite);
        addClassName("board-view");
        content.addClassName("board-content");
        add(site, content);
        showSite();
    }

    /** A board per site: the old one is detached, which ends its live subscription. */
    private void showSite() {
        content.removeAll();
        Long siteId = site.siteId();
        if (siteId != null) {
            // A site working in periods charts its whole current period: no calendar end of day applies.
            LocalTime dayEnd = site.find(siteId).filter(found -> !found.worksInPeriods()).map(Site::getDayEnd)
                    .orElse(null);
            content.add(new SiteBoard(siteId, site.zoneOf(siteId), dayEnd));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.page-title");
    }

    /** One site's board, rebuilt from one board read whenever the site's occupancy changes. */
    private final class SiteBoard extends Div {

        private final long siteId;
        private final ZoneId zone;
        private final LocalTime dayEnd;
        private final Div figures = new Div();
        private final Div cards = new Div();
        private final Svg chart = new Svg();

        SiteBoard(long siteId, ZoneId zone, LocalTime dayEnd) {
            this.siteId = siteId;
            this.zone = zone;
            this.dayEnd = dayEnd;
            addClassName("site-board");
            figures.addClassName("board-figures");
            cards.addClassName("board-cards");
            chart.addClassName("board-chart-drawing");
            H2 chartTitle = new H2(getTranslation("board.chart.title"));
            Div chartBox = new Div(chartTitle, chart);
            chartBox.addClassName("board-chart");
            add(figures, cards, chartBox);
            Live.refresh(this, broadcaster.sites(), () -> siteId, this::refresh);
            refresh();
        }

        void refresh() {
            Board board = presence.board(siteId);
            int present = board.floors().stream().mapToInt(FloorLoad::present).sum();
            figures.removeAll();
            figures.add(figure("board.present-on-site", present, "figure-present"),
                    figure("board.moves-today", board.movesToday(), "figure-moves"),
                    BoardParts.figure(getTranslation("board.figure", board.capRefusalsToday()),
                            getTranslation("board.refusals-today"), "figure-refusals", board.capRefusalsToday() > 0));
            cards.removeAll();
            if (board.floors().isEmpty()) {
                cards.add(new Paragraph(getTranslation("board.no-floor")));
            }
            Map<Long, List<String>> floorAlerts = new HashMap<>();
            alerts.orderedStream().forEach(source -> source.bySite(siteId, getLocale())
                    .forEach((floorId, texts) -> floorAlerts.computeIfAbsent(floorId, id -> new ArrayList<>())
                            .addAll(texts)));
            board.floors().forEach(load -> cards.add(card(load, floorAlerts.getOrDefault(load.floorId(), List.of()))));
            chart.setSvg(OccupancyChart.svg(OccupancyChart.series(board,
                            load -> getTranslation("board.chart.legend", load.name(), load.cap())),
                    OccupancyChart.Day.working(board, dayEnd, zone),
                    new OccupancyChart.Labels(getTranslation("board.chart.title"), getTranslation("board.chart.x"),
                            getTranslation("board.chart.y"))));
        }

        private Component figure(String key, long value, String className) {
            return BoardParts.figure(getTranslation("board.figure", value), getTranslation(key), className, false);
        }

        private Component card(FloorLoad load, List<String> alertTexts) {
            Div card = new Div();
            card.setId("floor-" + load.floorId());
            card.addClassNames("floor-card", "tone-" + load.tone().name().toLowerCase(Locale.ROOT));

            H3 name = new H3(load.name());
            name.addClassName("floor-name");
            card.add(name);
            if (!load.open()) {
                card.addClassName("floor-closed");
                Span closed = new Span(getTranslation("board.closed", load.closedReason()));
                closed.addClassName("floor-closed-reason");
                card.add(closed);
            }
            if (!alertTexts.isEmpty()) {
                card.addClassName("floor-alerted");
                Div alertBox = new Div();
                alertBox.addClassName("floor-alerts");
                alertTexts.forEach(text -> {
                    Span alert = new Span(VaadinIcon.WARNING.create(), new Span(text));
                    alert.addClassName("floor-alert");
                    alertBox.add(alert);
                });
                card.add(alertBox);
            }

            Span count = new Span(getTranslation("board.count", load.present(), load.cap()));
            count.addClassName("floor-count");
            Div counts = new Div(count);
            counts.addClassName("floor-counts");
            if (load.reserved() > 0) {
                Span reserved = new Span(getTranslation("board.reserved", load.reserved()));
                reserved.addClassName("floor-reserved");
                counts.add(reserved);
            }
            card.add(counts, bar(load));

            Span free = new Span(getTranslation("board.free", load.free()));
            free.addClassName("floor-free");
            card.add(free);

            FloorMoves moves = load.moves();
            Div movesBox = new Div(
                    line("board.pending-in", moves.pendingIn(), "floor-pending-in"),
                    line("board.pending-out", moves.pendingOut(), "floor-pending-out"),
                    line("board.expected", moves.expectedIn(), "floor-expected"));
            movesBox.addClassName("floor-moves");
            card.add(movesBox);

            if (mayAct) {
                card.add(load.open() ? closeButton(load) : reopenButton(load));
            }
            return card;
        }

        private Component bar(FloorLoad load) {
            return BoardParts.loadBar(load, getTranslation("board.load", load.percent()));
        }

        private Component line(String key, int value, String className) {
            Span line = new Span(getTranslation(key, value));
            line.addClassName(className);
            return line;
        }

        private Component closeButton(FloorLoad load) {
            Button close = new Button(getTranslation("board.close"), VaadinIcon.BAN.create(),
                    event -> askReason(load));
            close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            close.addClassName("floor-action");
            return close;
        }

        private Component reopenButton(FloorLoad load) {
            Button reopen = new Button(getTranslation("board.reopen"), VaadinIcon.UNLOCK.create(), event -> {
                Floor floor = floors.reopen(load.floorId());
                refresh();
                Notifications.success(getTranslation("board.reopened-done", floor.getName()));
            });
            reopen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            reopen.addClassName("floor-action");
            return reopen;
        }

        /** The reason is required and stored with the floor; the service refuses an empty or long one. */
        private void askReason(FloorLoad load) {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("board.close.title", load.name()));
            dialog.setWidth("min(32rem, 95vw)");
            TextArea reason = new TextArea(getTranslation("floor.closed-reason"));
            reason.setMaxLength(Floor.REASON_MAX);
            reason.setRequiredIndicatorVisible(true);
            reason.setHelperText(getTranslation("board.close.help"));
            reason.setWidthFull();
            dialog.add(reason);
            Button cancel = new Button(getTranslation("common.cancel"), event -> dialog.close());
            Button confirm = new Button(getTranslation("board.close.confirm"), event -> {
                Floor floor = floors.close(load.floorId(), reason.getValue());
                dialog.close();
                refresh();
                Notifications.success(getTranslation("board.closed-done", floor.getName()));
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            dialog.getFooter().add(cancel, confirm);
            dialog.open();
            reason.focus();
        }
    }
}
