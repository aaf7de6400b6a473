package app.plateau.transfer.ui;

import app.plateau.base.Dates;
import app.plateau.base.ui.Decisions;
import app.plateau.base.ui.Live;
import app.plateau.base.ui.MenuNeeds;
import app.plateau.base.ui.Notifications;
import app.plateau.base.ui.PhoneCards;
import app.plateau.occupancy.FloorLoad;
import app.plateau.occupancy.OccupancyBroadcaster;
import app.plateau.occupancy.PresenceService;
import app.plateau.organisation.SiteService;
import app.plateau.security.CurrentUser;
import app.plateau.transfer.MoveReason;
import app.plateau.transfer.TransferBroadcaster;
import app.plateau.transfer.TransferRequest;
import app.plateau.transfer.TransferService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site manager's inbox: requests waiting for a decision, oldest first, each with both floors'
 * live counts; new requests and counts arrive without a reload.
 */
@Route("inbox")
@Menu(order = 2, title = "nav.inbox", icon = "vaadin:inbox")
@MenuNeeds(MenuNeeds.Need.SITE)
@RolesAllowed({"SITE_MANAGER", "ADMIN"})
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "inbox";
    /** How often the time left to decide is re-read while the inbox is open. */
    private static final Duration TICK = Duration.ofMinutes(1);
    /** Less time left than this, and the request is marked as urgent. */
    private static final Duration SOON = Duration.ofMinutes(10);

    private final transient TransferService transfers;
    private final transient PresenceService presence;
    private final transient Clock clock;
    private final Long siteId;
    private final ZoneId zone;
    private Map<Long, FloorLoad> loads = new HashMap<>();
    private transient Registration tick;
    /** One column per field on a desk screen, one column of cards on a phone. */
    private PhoneCards cards;

    final Grid<TransferRequest> grid = new Grid<>(TransferRequest.class, false);
    final Span pendingCount = new Span();

    public InboxView(TransferService transfers, PresenceService presence, TransferBroadcaster transferLive,
            OccupancyBroadcaster occupancyLive, SiteService sites, Clock clock) {
        this.transfers = transfers;
        this.presence = presence;
        this.clock = clock;
        this.siteId = CurrentUser.get().siteId();
        this.zone = siteId == null ? ZoneId.systemDefault() : sites.get(siteId).zoneId();
        addClassName("inbox-view");
        setSizeFull();
        if (siteId == null) {
            add(new Span(getTranslation("inbox.no-site")));
            return;
        }

        Button rules = new Button(getTranslation("inbox.rules"), VaadinIcon.AUTOMATION.create(),
                event -> openRules());
        rules.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        pendingCount.addClassName("inbox-count");
        HorizontalLayout toolbar = new HorizontalLayout(pendingCount, rules);
        toolbar.setAlignItems(Alignment.CENTER);
        toolbar.addClassName("inbox-toolbar");

        // Every column has room for its longest word and shares what is left, so that at 1366 px
        // (beside the menu) names and reasons wrap onto a second line instead of being cut.
        // Widths in rem, not em: the header's smaller type would give it narrower columns than the rows.
        grid.addColumn(request -> time(request.getRequestedAt()))
                .setHeader(getTranslation("inbox.asked-at")).setKey("asked").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::personLabel).setHeader(getTranslation("inbox.person")).setKey("person")
                .setWidth("9.5rem").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(request -> floorCell(request.getFromFloor().getId(),
                request.getFromFloor().getName()))).setHeader(getTranslation("inbox.from")).setKey("from")
                .setWidth("7rem").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(request -> floorCell(request.getToFloor().getId(),
                request.getToFloor().getName()))).setHeader(getTranslation("inbox.to")).setKey("to")
                .setWidth("7rem").setFlexGrow(1);
        grid.addColumn(this::reasonLabel).setHeader(getTranslation("transfer.reason")).setKey("reason")
                .setWidth("9.5rem").setFlexGrow(2);
        grid.addColumn(this::whenLabel).setHeader(getTranslation("inbox.when")).setKey("when")
                .setWidth("7rem").setFlexGrow(1);
        grid.addColumn(this::expiresLabel).setHeader(getTranslation("inbox.expires")).setKey("expires")
                .setWidth("7.5rem").setFlexGrow(0).setPartNameGenerator(this::expiresPart);
        // The two buttons stand one above the other: the row is several lines high anyway, and
        // their width goes to the names.
        grid.addColumn(new ComponentRenderer<>(request -> cards.narrow() ? new Span() : actions(request)))
                .setHeader(getTranslation("common.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        // A phone has room for one column: each request as a short card, its buttons under it.
        grid.addColumn(new ComponentRenderer<>(request -> cards.narrow() ? requestCard(request) : new Span()))
                .setHeader(getTranslation("inbox.request")).setKey("request").setVisible(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("inbox.empty"));

        add(toolbar, grid);
        cards = PhoneCards.follow(this, grid, "request");
        Live.refresh(this, transferLive.sites(), () -> siteId, this::refresh);
        Live.refresh(this, occupancyLive.sites(), () -> siteId, this::refresh);
        // The time left to decide runs down without anything being pushed: re-read it every minute.
        addAttachListener(event -> event.getUI().setPollInterval((int) TICK.toMillis()));
        addDetachListener(event -> event.getUI().setPollInterval(-1));
        addAttachListener(event -> tick = event.getUI().addPollListener(poll -> grid.getDataProvider().refreshAll()));
        addDetachListener(event -> {
            if (tick != null) {
                tick.remove();
            }
        });
        refresh();
    }

    /** Re-reads the counts and the pending requests: after a decision and when a change is pushed. */
    void refresh() {
        Map<Long, FloorLoad> fresh = new HashMap<>();
        presence.loads(siteId).forEach(load -> fresh.put(load.floorId(), load));
        loads = fresh;
        long count = transfers.countPending(siteId);
        pendingCount.setText(getTranslation("inbox.count", count));
        grid.setItems(query -> transfers.pending(siteId, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) transfers.countPending(siteId));
    }

    /** Shows the layout for a window this wide, as a resize would. */
    void fitTo(int windowWidth) {
        cards.fitTo(windowWidth);
    }

    /** A request on a phone: who, from where to where, why, when, until when it may be decided, and the buttons. */
    private Component requestCard(TransferRequest request) {
        Div person = new Div(personLabel(request));
        person.addClassName("inbox-request-person");
        Div move = new Div(floorCell(request.getFromFloor().getId(), request.getFromFloor().getName()),
                new Span(" → "), floorCell(request.getToFloor().getId(), request.getToFloor().getName()));
        Div reason = new Div(reasonLabel(request));
        Div when = new Div(getTranslation("inbox.request.when", whenLabel(request)));
        Div expires = new Div(getTranslation("inbox.request.expires", expiresLabel(request)));
        expires.addClassName("inbox-request-expires");
        String soon = expiresPart(request);
        if (soon != null) {
            expires.addClassName(soon);
        }
        Div asked = new Div(getTranslation("inbox.request.asked", time(request.getRequestedAt())));
        asked.addClassName("inbox-request-asked");
        Div card = new Div(person, move, reason, when, expires, asked, actions(request));
        card.addClassName("inbox-request");
        return card;
    }

    private String personLabel(TransferRequest request) {
        String team = request.getPerson().getTeam() == null ? "" : request.getPerson().getTeam().getName();
        return team.isEmpty() ? request.getPerson().getFullName()
                : getTranslation("inbox.person-team", request.getPerson().getFullName(), team);
    }

    private String reasonLabel(TransferRequest request) {
        String reason = getTranslation(request.getReason().messageKey());
        return request.getReasonText() == null ? reason : reason + " — " + request.getReasonText();
    }

    private String whenLabel(TransferRequest request) {
        String move = request.getMoveAt().isAfter(request.getRequestedAt().plus(Duration.ofMinutes(2)))
                ? time(request.getMoveAt()) : getTranslation("my-floor.when.now");
        String until = request.isUntilEndOfShift() ? getTranslation("inbox.until-end") : time(request.getReturnAt());
        return getTranslation("inbox.when-value", move, until);
    }

    /** How long the request may still be decided, in words ("dans 1 h 20"), and until when. */
    String expiresLabel(TransferRequest request) {
        Instant deadline = transfers.decideBefore(request.getMoveAt());
        long minutes = Duration.between(clock.instant(), deadline).toMinutes();
        String at = time(deadline);
        if (minutes < 1) {
            return getTranslation("inbox.expires.now", at);
        }
        if (minutes < 60) {
            return getTranslation("inbox.expires.minutes", minutes, at);
        }
        return getTranslation(minutes % 60 == 0 ? "inbox.expires.hours" : "inbox.expires.hours-minutes",
                minutes / 60, minutes % 60, at);
    }

    /** A request about to expire stands out, so the manager decides it first. */
    private String expiresPart(TransferRequest request) {
        Instant deadline = transfers.decideBefore(request.getMoveAt());
        return deadline.isBefore(clock.instant().plus(SOON)) ? "inbox-expires-soon" : null;
    }

    private String time(Instant instant) {
        return Dates.time(getLocale(), LocalTime.ofInstant(instant, zone));
    }

    private Component floorCell(long floorId, String name) {
        FloorLoad load = loads.get(floorId);
        Span cell = new Span();
        if (load == null) {
            cell.setText(name);
            return cell;
        }
        cell.setText(load.open() ? getTranslation("inbox.floor-count", name, load.held(), load.cap())
                : getTranslation("my-floor.floor.closed", name, load.closedReason()));
        cell.addClassName("inbox-floor-count");
        cell.addClassName("tone-" + load.tone().name().toLowerCase());
        return cell;
    }

    private Component actions(TransferRequest request) {
        Component buttons = Decisions.buttons(this, "inbox.approve", "inbox.deny", String.valueOf(request.getId()),
                () -> approve(request), () -> openDeny(request));
        buttons.getElement().getClassList().add("inbox-actions");
        return buttons;
    }

    void approve(TransferRequest request) {
        try {
            TransferRequest approved = transfers.approve(request.getId());
            Notifications.success(getTranslation("inbox.approved", approved.getPerson().getFullName(),
                    approved.getToFloor().getName()));
        } finally {
            refresh();
        }
    }

    void openDeny(TransferRequest request) {
        Decisions.askReason(this, getTranslation("inbox.deny.title", request.getPerson().getFullName()),
                getTranslation("transfer.deny-reason"), TransferRequest.TEXT_MAX, "inbox.deny", why -> {
                    transfers.deny(request.getId(), why);
                    Notifications.success(getTranslation("inbox.denied", request.getPerson().getFullName()));
                }, this::refresh);
    }

    /** Per floor, the reasons approved by the floor itself while it has room. */
    void openRules() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("inbox.rules"));
        ComboBox<FloorLoad> floor = new ComboBox<>(getTranslation("inbox.rules.floor"));
        List<FloorLoad> floors = presence.loads(siteId);
        floor.setItems(floors);
        floor.setItemLabelGenerator(FloorLoad::name);
        CheckboxGroup<MoveReason> reasons = new CheckboxGroup<>(getTranslation("inbox.rules.reasons"));
        reasons.setItems(MoveReason.values());
        reasons.setItemLabelGenerator(reason -> getTranslation(reason.messageKey()));
        reasons.setEnabled(false);
        floor.addValueChangeListener(event -> {
            reasons.setEnabled(event.getValue() != null);
            reasons.setValue(event.getValue() == null ? java.util.Set.of()
                    : transfers.autoApprovals(event.getValue().floorId()));
        });
        Button save = new Button(getTranslation("common.save"), event -> {
            if (floor.getValue() == null) {
                Notifications.error(getTranslation("inbox.rules.choose-floor"));
                return;
            }
            transfers.setAutoApprovals(floor.getValue().floorId(), reasons.getValue());
            Notifications.success(getTranslation("inbox.rules.saved", floor.getValue().name()));
            dialog.close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div help = new Div(getTranslation("inbox.rules.help"));
        help.addClassName("help-text");
        dialog.add(new VerticalLayout(help, floor, reasons));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
