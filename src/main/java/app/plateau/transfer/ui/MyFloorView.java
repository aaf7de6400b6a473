package app.plateau.transfer.ui;

import app.plateau.base.Broadcaster;
import app.plateau.base.Dates;
import app.plateau.base.DomainException;
import app.plateau.base.Messages;
import app.plateau.base.ui.Live;
import app.plateau.base.ui.OneShot;
import app.plateau.base.ui.MenuNeeds;
import app.plateau.base.ui.Notifications;
import app.plateau.occupancy.FloorLoad;
import app.plateau.occupancy.OccupancyBroadcaster;
import app.plateau.occupancy.PresenceService;
import app.plateau.occupancy.Stay;
import app.plateau.organisation.Person;
import app.plateau.organisation.SiteService;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import app.plateau.transfer.Expiry;
import app.plateau.transfer.MoveDraft;
import app.plateau.transfer.MoveReason;
import app.plateau.transfer.TransferBroadcaster;
import app.plateau.transfer.TransferChanged;
import app.plateau.transfer.TransferRequest;
import app.plateau.transfer.TransferService;
import app.plateau.transfer.TransferState;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * An agent's floor: where they are, check-in and check-out, their move request and its answer,
 * live. A team lead also acts here for the members of their team.
 */
@Route("my-floor")
@Menu(order = 1, title = "nav.my-floor", icon = "vaadin:exchange")
@MenuNeeds(MenuNeeds.Need.PERSON)
@RolesAllowed({"AGENT", "TEAM_LEAD"})
public class MyFloorView extends VerticalLayout implements HasDynamicTitle {

    /** A closed request stays on screen for this long, so the person sees the answer. */
    private static final Duration SHOW_CLOSED = Duration.ofHours(12);

    private final transient PresenceService presence;
    private final transient TransferService transfers;
    private final transient TransferBroadcaster transferLive;
    private final transient Clock clock;
    private final long siteId;
    private final ZoneId zone;

    final ComboBox<Person> who = new ComboBox<>();
    final Span where = new Span();
    final ComboBox<FloorLoad> checkInFloor = new ComboBox<>();
    final Button checkIn = new Button();
    final Button checkOut = new Button();

    final Div moveCard = new Div();
    final Span moveState = new Span();
    final Paragraph moveText = new Paragraph();
    final Button arrived = new Button();
    final Button back = new Button();
    final Button cancel = new Button();

    final FormLayout requestForm = new FormLayout();
    final ComboBox<FloorLoad> toFloor = new ComboBox<>();
    final Select<MoveReason> reason = new Select<>();
    final TextArea details = new TextArea();
    final RadioButtonGroup<Boolean> now = new RadioButtonGroup<>();
    final TimePicker moveAt = new TimePicker();
    final Checkbox untilEndOfShift = new Checkbox();
    final TimePicker returnAt = new TimePicker();
    final Button send = new Button();

    final Grid<TransferRequest> history = new Grid<>(TransferRequest.class, false);
    final H3 whereTitle = new H3();
    final H3 moveTitle = new H3();
    final H3 askTitle = new H3();
    final H3 historyTitle = new H3();

    private Long personId;
    private Long ownPersonId;
    private Optional<Stay> stay = Optional.empty();
    private TransferRequest shown;
    private transient Registration personTopic;
    private transient Registration stayTopic;
    private final transient OccupancyBroadcaster occupancyLive;

    public MyFloorView(PresenceService presence, TransferService transfers, TransferBroadcaster transferLive,
            OccupancyBroadcaster occupancyLive, SiteService sites, Clock clock) {
        this.clock = clock;
        this.presence = presence;
        this.transfers = transfers;
        this.transferLive = transferLive;
        this.occupancyLive = occupancyLive;
        PlateauUser user = CurrentUser.get();
        this.siteId = user.siteId() == null ? -1 : user.siteId();
        this.zone = user.siteId() == null ? ZoneId.systemDefault() : sites.get(user.siteId()).zoneId();
        addClassName("my-floor-view");

        List<Person> people = transfers.forWhom();
        if (people.isEmpty()) {
            add(new Paragraph(getTranslation("my-floor.no-person")));
            return;
        }
        personId = people.get(0).getId();
        ownPersonId = user.personId();

        who.setLabel(getTranslation("my-floor.for"));
        who.setItems(people);
        who.setItemLabelGenerator(Person::getFullName);
        who.setValue(people.get(0));
        who.setVisible(people.size() > 1);
        who.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                personId = event.getValue().getId();
                titles(event.getValue());
                follow();
                refresh();
            }
        });

        add(who, whereCard(), moveCard(), requestCard(), historyCard());
        titles(people.get(0));
        // The counts in the floor lists are re-read when a list opens, not on every check-in of the
        // site: a site of 3,000 agents would otherwise re-read them on every open page many times a second.
        checkInFloor.getElement().addPropertyChangeListener("opened", "opened-changed", this::listOpened);
        toFloor.getElement().addPropertyChangeListener("opened", "opened-changed", this::listOpened);
        addAttachListener(event -> follow());
        addDetachListener(event -> unfollow());
        refresh();
    }

    private Div whereCard() {
        where.addClassName("where-now");
        checkInFloor.setLabel(getTranslation("my-floor.check-in-floor"));
        checkInFloor.setItemLabelGenerator(this::floorLabel);
        checkIn.setText(getTranslation("my-floor.check-in"));
        checkIn.setIcon(VaadinIcon.SIGN_IN.create());
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        OneShot.onClick(checkIn, () -> {
            FloorLoad floor = checkInFloor.getValue();
            if (floor == null) {
                invalid(checkInFloor, getTranslation("my-floor.choose-floor"));
                return;
            }
            valid(checkInFloor);
            Stay stay = presence.checkIn(personId, floor.floorId());
            Notifications.success(getTranslation("my-floor.checked-in", stay.floorName()));
            refresh();
        });
        checkOut.setText(getTranslation("my-floor.check-out"));
        checkOut.setIcon(VaadinIcon.SIGN_OUT.create());
        OneShot.onClick(checkOut, () -> {
            presence.checkOut(personId);
            Notifications.success(getTranslation("my-floor.checked-out"));
            refresh();
        });
        HorizontalLayout actions = new HorizontalLayout(checkInFloor, checkIn, checkOut);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);
        Div card = new Div(whereTitle, where, actions);
        card.addClassName("my-floor-card");
        return card;
    }

    private Div moveCard() {
        moveState.addClassName("move-state");
        moveText.addClassName("move-text");
        arrived.setText(getTranslation("my-floor.arrived"));
        arrived.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        OneShot.onClick(arrived, () -> {
            transfers.arrive(shown.getId());
            Notifications.success(getTranslation("my-floor.arrived.done", shown.getToFloor().getName()));
            refresh();
        });
        back.setText(getTranslation("my-floor.back"));
        back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        OneShot.onClick(back, () -> {
            transfers.returned(shown.getId());
            Notifications.success(getTranslation("my-floor.back.done", shown.getFromFloor().getName()));
            refresh();
        });
        cancel.setText(getTranslation("my-floor.cancel-request"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        OneShot.onClick(cancel, () -> {
            transfers.cancel(shown.getId());
            Notifications.success(getTranslation("my-floor.cancelled"));
            refresh();
        });
        HorizontalLayout actions = new HorizontalLayout(arrived, back, cancel);
        actions.setWrap(true);
        moveCard.add(moveTitle, moveState, moveText, actions);
        moveCard.addClassName("my-floor-card");
        moveCard.addClassName("move-card");
        return moveCard;
    }

    private Div requestCard() {
        toFloor.setLabel(getTranslation("transfer.to-floor"));
        toFloor.setItemLabelGenerator(this::floorLabel);
        toFloor.setRequiredIndicatorVisible(true);
        reason.setLabel(getTranslation("transfer.reason"));
        reason.setItems(MoveReason.values());
        reason.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        reason.setRequiredIndicatorVisible(true);
        details.setLabel(getTranslation("transfer.reason-text"));
        details.setMaxLength(TransferRequest.TEXT_MAX);
        details.setHelperText(getTranslation("my-floor.details.help"));
        now.setLabel(getTranslation("my-floor.when"));
        now.setItems(true, false);
        now.setItemLabelGenerator(value -> getTranslation(value ? "my-floor.when.now" : "my-floor.when.at"));
        now.setValue(true);
        moveAt.setLabel(getTranslation("my-floor.move-at"));
        moveAt.setStep(Duration.ofMinutes(5));
        moveAt.setVisible(false);
        now.addValueChangeListener(event -> moveAt.setVisible(Boolean.FALSE.equals(event.getValue())));
        untilEndOfShift.setLabel(getTranslation("my-floor.until-end"));
        untilEndOfShift.setValue(true);
        returnAt.setLabel(getTranslation("my-floor.return-at"));
        returnAt.setStep(Duration.ofMinutes(5));
        returnAt.setVisible(false);
        untilEndOfShift.addValueChangeListener(event -> returnAt.setVisible(!event.getValue()));
        send.setText(getTranslation("my-floor.send"));
        send.setIcon(VaadinIcon.PAPERPLANE.create());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        OneShot.onClick(send, this::sendRequest);
        requestForm.add(toFloor, reason, details, now, moveAt, untilEndOfShift, returnAt);
        requestForm.setColspan(details, 2);
        requestForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("32em", 2));
        Div card = new Div(askTitle, requestForm, send);
        card.addClassName("my-floor-card");
        card.addClassName("request-card");
        return card;
    }

    private Div historyCard() {
        // Three narrow columns whose text wraps: the list fits a phone's width without scrolling sideways.
        history.addColumn(request -> Dates.dateTime(getLocale(),
                        LocalDateTime.ofInstant(request.getRequestedAt(), zone)))
                .setHeader(getTranslation("my-floor.history.when")).setKey("when");
        history.addColumn(request -> getTranslation("my-floor.history.move-value", request.getFromFloor().getName(),
                        request.getToFloor().getName(), getTranslation(request.getReason().messageKey())))
                .setHeader(getTranslation("my-floor.history.move")).setKey("move").setFlexGrow(2);
        history.addColumn(this::outcome).setHeader(getTranslation("my-floor.history.state")).setKey("state")
                .setFlexGrow(2);
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.setEmptyStateText(getTranslation("my-floor.history.empty"));
        history.setItems(query -> transfers.historyOf(personId,
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        history.setPageSize(20);
        Div card = new Div(historyTitle, history);
        card.addClassName("my-floor-card");
        return card;
    }

    /** A request's state, and who or which rule decided it. */
    private String outcome(TransferRequest request) {
        String state = getTranslation(request.getState().messageKey());
        if (request.getExpiry() != null) {
            return getTranslation("my-floor.history.by-rule", state,
                    getTranslation(request.getExpiry() == Expiry.LAPSED ? "my-floor.history.lapsed"
                            : "my-floor.history.undecided"));
        }
        if (request.isAutoApproved()) {
            return getTranslation("my-floor.history.by-rule", state, getTranslation("my-floor.history.auto"));
        }
        return request.getDecidedBy() == null ? state
                : getTranslation("my-floor.history.by-person", state, request.getDecidedBy());
    }

    private void sendRequest() {
        List.of(toFloor, reason, details, moveAt, returnAt).forEach(MyFloorView::valid);
        boolean complete = true;
        if (toFloor.getValue() == null) {
            complete = invalid(toFloor, getTranslation("my-floor.request.to-missing"));
        }
        if (reason.getValue() == null) {
            complete = invalid(reason, getTranslation("my-floor.request.reason-missing"));
        }
        boolean atTime = Boolean.FALSE.equals(now.getValue());
        if (atTime && moveAt.getValue() == null) {
            complete = invalid(moveAt, getTranslation("my-floor.request.time-missing"));
        }
        if (!untilEndOfShift.getValue() && returnAt.getValue() == null) {
            complete = invalid(returnAt, getTranslation("my-floor.request.return-missing"));
        }
        if (!complete) {
            return;
        }
        Instant at = atTime ? today(moveAt.getValue()) : null;
        Instant until = untilEndOfShift.getValue() ? null : today(returnAt.getValue());
        TransferRequest request;
        try {
            request = transfers.request(new MoveDraft(personId, toFloor.getValue().floorId(), reason.getValue(),
                    details.getValue(), at, until));
        } catch (DomainException refused) {
            HasValidation field = fieldOf(refused.getMessageKey());
            if (field == null) {
                throw refused;
            }
            invalid(field, Messages.get(getLocale(), refused));
            return;
        }
        Notifications.success(getTranslation(request.getState() == TransferState.APPROVED
                ? "my-floor.request.auto-approved" : "my-floor.request.sent", request.getToFloor().getName()));
        details.clear();
        refresh();
    }

    /** The field a refusal of the service is about, so that it is shown there; {@code null} for the others. */
    private HasValidation fieldOf(String messageKey) {
        return switch (messageKey) {
            case "transfer.error.other-needs-text" -> details;
            case "transfer.error.move-in-past", "transfer.error.move-too-far" -> moveAt;
            case "transfer.error.return-before-move", "transfer.error.return-too-far" -> returnAt;
            case "transfer.error.same-floor", "floor.error.closed" -> toFloor;
            default -> null;
        };
    }

    /** Marks a field wrong with its message, where the person looks; returns {@code false} for chaining. */
    private static boolean invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return false;
    }

    private static void valid(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }

    private Instant today(LocalTime time) {
        return LocalDate.now(clock.withZone(zone)).atTime(time).atZone(zone).toInstant();
    }

    /** Re-reads everything this page shows: after an action, and when the person shown changes. */
    void refresh() {
        showStay(presence.whereIs(personId));
        refreshMove();
        refreshFloors(stay);
    }

    /**
     * What a decision changes: the request card and the list of requests. One query, so that the
     * answer reaches the agent's screen about as fast as a bare push.
     */
    void refreshMove() {
        if (Broadcaster.onDeliveryThread()) {
            // The committed change goes out at once; the request read below follows in a second push.
            transferLive.lastChangeOf(personId).ifPresent(change -> {
                preview(change);
                UI.getCurrent().push();
            });
        }
        TransferRequest before = shown;
        shown = transfers.latestOf(personId)
                .filter(request -> request.getState().isOpen() || request.getClosedAt() == null
                        || request.getClosedAt().isAfter(clock.instant().minus(SHOW_CLOSED)))
                .orElse(null);
        showMove(shown);
        noticeExpiry(before, shown);
        updateRequestForm();
        history.getDataProvider().refreshAll();
    }

    /**
     * Tells the person, in a notice that stays until closed, that the request they were watching
     * expired, and in words that say whether anyone had approved it.
     */
    private void noticeExpiry(TransferRequest before, TransferRequest now) {
        if (before == null || now == null || !before.getId().equals(now.getId()) || !before.getState().isOpen()
                || now.getState() != TransferState.EXPIRED) {
            return;
        }
        String text = now.getExpiry() == Expiry.LAPSED
                ? getTranslation("my-floor.notice.expired-lapsed", now.getToFloor().getName(), time(now.getExpiresAt()))
                : getTranslation("my-floor.notice.expired-undecided", now.getToFloor().getName(),
                        time(transfers.decideBefore(now.getMoveAt())));
        Notifications.error(text).addClassName("expiry-notice");
    }

    /** A lead acting for a member reads the member's name in every card, never "where I am". */
    private void titles(Person person) {
        boolean self = person.getId().equals(ownPersonId);
        String name = person.getFullName();
        whereTitle.setText(self ? getTranslation("my-floor.where") : getTranslation("my-floor.where.other", name));
        moveTitle.setText(self ? getTranslation("my-floor.my-move") : getTranslation("my-floor.my-move.other", name));
        askTitle.setText(self ? getTranslation("my-floor.ask") : getTranslation("my-floor.ask.other", name));
        historyTitle.setText(self ? getTranslation("my-floor.history")
                : getTranslation("my-floor.history.other", name));
    }

    /** The request the card shows, for tests that act on it from outside. */
    Long shownRequestId() {
        return shown == null ? null : shown.getId();
    }

    /** What a check-in, check-out, arrival or return of the person shown changes. */
    private void refreshStay() {
        showStay(presence.whereIs(personId));
        updateRequestForm();
        refreshFloors(stay);
    }

    private void listOpened(com.vaadin.flow.dom.PropertyChangeEvent event) {
        if (Boolean.TRUE.equals(event.getValue()) && event.isUserOriginated()) {
            refreshFloors(stay);
        }
    }

    private void showStay(Optional<Stay> current) {
        stay = current;
        where.setText(current.map(s -> getTranslation("my-floor.on-floor", s.floorName(),
                        time(s.since())))
                .orElse(getTranslation("my-floor.nowhere")));
        where.getElement().setAttribute("data-floor", current.map(s -> Long.toString(s.floorId())).orElse(""));
        checkInFloor.setVisible(current.isEmpty());
        checkIn.setVisible(current.isEmpty());
        checkOut.setVisible(current.isPresent());
    }

    private void updateRequestForm() {
        boolean mayAsk = stay.isPresent() && (shown == null || !shown.getState().isOpen());
        requestForm.getParent().ifPresent(card -> card.setVisible(mayAsk));
    }

    private void refreshFloors(Optional<Stay> stay) {
        List<FloorLoad> loads = presence.loads(siteId);
        FloorLoad chosenIn = checkInFloor.getValue();
        FloorLoad chosenTo = toFloor.getValue();
        checkInFloor.setItems(loads);
        toFloor.setItems(loads.stream()
                .filter(load -> stay.map(s -> s.floorId() != load.floorId()).orElse(true))
                .toList());
        reselect(checkInFloor, loads, chosenIn);
        reselect(toFloor, loads, chosenTo);
    }

    private static void reselect(ComboBox<FloorLoad> box, List<FloorLoad> loads, FloorLoad chosen) {
        if (chosen != null) {
            loads.stream().filter(load -> load.floorId() == chosen.floorId()).findFirst().ifPresent(box::setValue);
        }
    }

    private void showMove(TransferRequest request) {
        moveCard.setVisible(request != null);
        if (request != null) {
            render(new MoveCard(request.getState(), request.getToFloor().getName(), request.getFromFloor().getName(),
                    request.getRequestedAt(), request.getExpiresAt(), request.getDecidedBy(),
                    request.getDenyReason(), request.getReturnAt(), request.getExpiry(), request.getMoveAt()));
        }
    }

    /** A request's change as it was committed, shown before the request is read again. */
    private void preview(TransferChanged change) {
        moveCard.setVisible(true);
        render(new MoveCard(change.state(), change.toFloorName(), change.fromFloorName(), change.requestedAt(),
                change.expiresAt(), change.decidedBy(), change.denyReason(), change.returnAt(), change.expiry(),
                change.moveAt()));
    }

    private void render(MoveCard card) {
        TransferState state = card.state();
        moveState.setText(getTranslation(state.messageKey()));
        moveState.getElement().getThemeList().clear();
        moveState.getElement().getThemeList().add("badge " + switch (state) {
            case APPROVED, IN_PROGRESS, COMPLETED -> "success";
            case DENIED, EXPIRED -> "error";
            default -> "contrast";
        });
        moveState.getElement().setAttribute("data-state", state.name());
        String to = card.to();
        moveText.setText(switch (state) {
            case PENDING -> getTranslation("my-floor.move.pending", to, time(card.requestedAt()),
                    time(transfers.decideBefore(card.moveAt())));
            case APPROVED -> getTranslation("my-floor.move.approved", to, time(card.expiresAt()), card.decidedBy());
            case DENIED -> getTranslation("my-floor.move.denied", to, card.decidedBy(), card.denyReason());
            case IN_PROGRESS -> card.returnAt() == null ? getTranslation("my-floor.move.in-progress-shift", to)
                    : getTranslation("my-floor.move.in-progress", to, time(card.returnAt()), card.from());
            case COMPLETED -> getTranslation("my-floor.move.completed", to);
            case CANCELLED -> getTranslation("my-floor.move.cancelled", to);
            case EXPIRED -> card.expiry() == Expiry.LAPSED
                    ? getTranslation("my-floor.move.expired", to, time(card.expiresAt()))
                    : getTranslation("my-floor.move.expired-undecided", to,
                            time(transfers.decideBefore(card.moveAt())));
        });
        arrived.setVisible(state == TransferState.APPROVED);
        back.setVisible(state == TransferState.IN_PROGRESS && card.returnAt() != null);
        cancel.setVisible(state == TransferState.PENDING || state == TransferState.APPROVED);
    }

    private record MoveCard(TransferState state, String to, String from, Instant requestedAt, Instant expiresAt,
            String decidedBy, String denyReason, Instant returnAt, Expiry expiry, Instant moveAt) {
    }

    private String time(Instant instant) {
        return instant == null ? "" : Dates.time(getLocale(), LocalTime.ofInstant(instant, zone));
    }

    private String floorLabel(FloorLoad load) {
        if (!load.open()) {
            return getTranslation("my-floor.floor.closed", load.name(), load.closedReason());
        }
        return getTranslation(load.full() ? "my-floor.floor.full" : "my-floor.floor", load.name(), load.held(),
                load.cap());
    }

    /** Listens to the changes of the person shown: a lead switching members switches topics. */
    private void follow() {
        unfollow();
        UI ui = UI.getCurrent();
        if (ui == null || personId == null) {
            return;
        }
        personTopic = transferLive.people().register(personId, Live.pushing(ui, this::refreshMove));
        stayTopic = occupancyLive.people().register(personId, Live.pushing(ui, this::refreshStay));
    }

    private void unfollow() {
        if (personTopic != null) {
            personTopic.remove();
            personTopic = null;
        }
        if (stayTopic != null) {
            stayTopic.remove();
            stayTopic = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-floor.title");
    }
}
