package app.plateau.meeting.ui;

import app.plateau.base.DomainException;
import app.plateau.base.ui.Fields;
import app.plateau.base.ui.Notifications;
import app.plateau.meeting.ConflictsFound;
import app.plateau.meeting.Meeting;
import app.plateau.meeting.MeetingDetails;
import app.plateau.meeting.MeetingDraft;
import app.plateau.meeting.MeetingMode;
import app.plateau.meeting.MeetingService;
import app.plateau.meeting.MeetingState;
import app.plateau.meeting.Option;
import app.plateau.meeting.Recurrence.Repeat;
import app.plateau.meeting.Recurrence;
import app.plateau.meeting.Upcoming;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The booking form, for a new meeting and for a whole meeting or series. The service checks
 * everything; a refusal is shown by the error handler and leaves the form open with what was typed.
 * Attendees already busy are listed for the organiser to confirm before the booking goes through.
 */
class MeetingEditor extends Dialog {

    /** How a series ends, as the form asks it. */
    enum End {
        UNTIL, COUNT
    }

    private static final Duration STEP = Duration.ofMinutes(5);
    private static final Duration DEFAULT_LENGTH = Duration.ofMinutes(30);

    private final transient MeetingService meetings;
    private final transient Clock clock;
    private final ZoneId zone;
    private final MeetingText text;
    private final Runnable saved;

    final TextField title;
    final TextArea agenda = new TextArea();
    final DatePicker date = new DatePicker();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final RadioButtonGroup<MeetingMode> mode = new RadioButtonGroup<>();
    final TextField link;
    final TextField pin;
    final Select<Option> room = new Select<>();
    final TextArea justification = new TextArea();
    final Paragraph physicalHint = new Paragraph();
    final MultiSelectComboBox<Option> people = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Option> teams = new MultiSelectComboBox<>();
    final Select<Repeat> repeat = new Select<>();
    final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    final RadioButtonGroup<End> ends = new RadioButtonGroup<>();
    final DatePicker until = new DatePicker();
    final IntegerField count;
    final Button save = new Button();
    /** The chosen day's busy times of everyone invited, and the next time all are free. */
    final FreeBusyStrip freeBusy = new FreeBusyStrip();
    final Paragraph suggestion = new Paragraph();
    final Button useSuggestion = new Button();
    private LocalDateTime suggested;
    /** Set while the form is filled in one go, so the strip is read once at the end, not per field. */
    private boolean filling;
    private final boolean showsFreeBusy;

    private Long meetingId;
    /** The organiser ticked the days of a weekly series: from then on, the date no longer moves them. */
    private boolean daysByHand;
    /** When editing: the meeting as stored, and the schedule the form was filled with. */
    private MeetingDraft stored;
    private Schedule shown;
    private String storedPin;

    MeetingEditor(MeetingService meetings, Clock clock, ZoneId zone, Runnable saved) {
        this.meetings = meetings;
        this.clock = clock;
        this.zone = zone;
        this.saved = saved;
        this.text = new MeetingText(getLocale());
        PlateauUser user = CurrentUser.get();
        // Free/busy is read as the organiser: an administrator changing a meeting sees the form alone.
        this.showsFreeBusy = user.personId() != null
                && (user.has(Role.TEAM_LEAD) || user.has(Role.SITE_MANAGER) || user.has(Role.HEALTH_OFFICER));
        addClassName("meeting-editor");
        setModal(true);
        setDraggable(true);
        setWidth("min(46rem, 96vw)");

        title = Fields.text(text.t("meeting.title"), Meeting.TITLE_MAX);
        title.setRequired(true);
        agenda.setLabel(text.t("meeting.agenda"));
        agenda.setMaxLength(Meeting.AGENDA_MAX);
        date.setLabel(text.t("meetings.editor.date"));
        date.setRequired(true);
        start.setLabel(text.t("meeting.start"));
        end.setLabel(text.t("meeting.end"));
        for (TimePicker picker : List.of(start, end)) {
            picker.setStep(STEP);
            picker.setRequired(true);
            picker.setLocale(text.locale());
        }
        for (DatePicker picker : List.of(date, until)) {
            picker.setLocale(text.locale());
            picker.setI18n(text.datePickerI18n());
        }
        // Moving the start keeps the length, as calendars do.
        start.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getOldValue() != null && event.getValue() != null
                    && end.getValue() != null) {
                end.setValue(end.getValue().plus(Duration.between(event.getOldValue(), event.getValue())));
            }
            showNextDay();
        });
        end.addValueChangeListener(event -> showNextDay());

        mode.setLabel(text.t("meeting.mode"));
        mode.setItemLabelGenerator(text::mode);
        link = Fields.text(text.t("meeting.external-url"), Meeting.URL_MAX);
        link.setHelperText(text.t("meetings.editor.link-help"));
        link.setPlaceholder("https://");
        pin = Fields.text(text.t("meeting.pin"), 8);
        pin.setHelperText(text.t("meetings.editor.pin-help"));
        room.setLabel(text.t("meeting.room"));
        room.setItemLabelGenerator(option -> option == null ? ""
                : text.t("meetings.editor.room-option", option.label(), Integer.parseInt(option.detail())));
        justification.setLabel(text.t("meeting.justification"));
        justification.setMaxLength(Meeting.JUSTIFICATION_MAX);
        physicalHint.setText(text.t("meetings.editor.physical-hint"));
        physicalHint.addClassName("help-text");
        mode.addValueChangeListener(event -> showModeFields());

        people.setLabel(text.t("meetings.editor.people"));
        people.setItemLabelGenerator(option -> option.detail() == null ? option.label()
                : text.t("meetings.editor.person-option", option.label(), option.detail()));
        people.setItems(new CallbackDataProvider<Option, String>(
                query -> meetings.invitable(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream(),
                query -> (int) meetings.countInvitable(query.getFilter().orElse("")), Option::id));
        teams.setLabel(text.t("meetings.editor.teams"));
        teams.setItemLabelGenerator(option -> text.t("meetings.editor.team-option", option.label(),
                Integer.parseInt(option.detail())));

        repeat.setLabel(text.t("meetings.editor.repeat"));
        repeat.setItems(Repeat.values());
        repeat.setItemLabelGenerator(value -> text.t(value.messageKey()));
        days.setLabel(text.t("meetings.editor.days"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(text::dayName);
        ends.setLabel(text.t("meetings.editor.ends"));
        ends.setItems(End.values());
        ends.setItemLabelGenerator(value -> text.t("meetings.editor.ends." + value.name()));
        until.setLabel(text.t("meetings.editor.until"));
        count = Fields.integer(text.t("meetings.editor.count"), 1, Recurrence.MAX_OCCURRENCES);
        repeat.addValueChangeListener(event -> {
            followDate();
            showRecurrenceFields();
        });
        // A weekly series repeats on the meeting's own day until the organiser picks days by hand.
        date.addValueChangeListener(event -> followDate());
        days.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                daysByHand = true;
            }
        });
        ends.addValueChangeListener(event -> showRecurrenceFields());

        title.setId("meeting-title");
        teams.setId("meeting-teams");
        people.setId("meeting-people");
        save.setId("meeting-save");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        form.add(title, 3);
        form.add(date, start, end);
        form.add(mode, 3);
        form.add(link, 3);
        form.add(pin, 3);
        form.add(room, 3);
        form.add(justification, 3);
        form.add(physicalHint, 3);
        form.add(section("meetings.editor.who"), 3);
        form.add(teams, 3);
        form.add(people, 3);
        if (showsFreeBusy) {
            form.add(section("meetings.editor.free-busy"), 3);
            form.add(freeBusy, 3);
            suggestion.addClassName("free-busy-suggestion");
            useSuggestion.setText(text.t("meetings.free-busy.use"));
            useSuggestion.addThemeVariants(ButtonVariant.LUMO_SMALL);
            useSuggestion.addClickListener(event -> useSuggestion());
            useSuggestion.setId("meeting-use-suggestion");
            Div suggestionLine = new Div(suggestion, useSuggestion);
            suggestionLine.addClassName("free-busy-suggestion-line");
            form.add(suggestionLine, 3);
            for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(date, start, end, mode, people, teams)) {
                field.addValueChangeListener(event -> showFreeBusy());
            }
        }
        form.add(section("meetings.editor.when-repeat"), 3);
        form.add(repeat, 3);
        form.add(days, 3);
        form.add(ends, until, count);
        form.add(agenda, 3);
        add(form);

        save.setText(text.t("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        Button cancel = new Button(text.t("common.cancel"), event -> close());
        getFooter().add(cancel, save);
    }

    private H4 section(String key) {
        H4 heading = new H4(text.t(key));
        heading.addClassName("form-section");
        return heading;
    }

    /** A new meeting: the next quarter of an hour, half an hour, by video. */
    void create() {
        filling = true;
        meetingId = null;
        stored = null;
        shown = null;
        storedPin = null;
        setHeaderTitle(text.t("meetings.editor.new"));
        offerChoices(false);
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        LocalDateTime first = now.truncatedTo(ChronoUnit.HOURS)
                .plusMinutes((now.getMinute() / 15 + 1) * 15L);
        date.setValue(first.toLocalDate());
        start.setValue(first.toLocalTime());
        end.setValue(first.toLocalTime().plus(DEFAULT_LENGTH));
        mode.setValue(MeetingMode.VIDEO);
        daysByHand = false;
        repeat.setValue(Repeat.NONE);
        days.setValue(Set.of(first.getDayOfWeek()));
        ends.setValue(End.UNTIL);
        until.setValue(first.toLocalDate().plusMonths(1));
        showModeFields();
        showRecurrenceFields();
        filling = false;
        showFreeBusy();
        open();
    }

    /**
     * A meeting or a whole series, as stored. A series that already started is shown from its next
     * occurrence: changing its time then applies from there, while saving other changes leaves the
     * schedule as it is (the service only checks the past when the schedule changes).
     */
    void edit(MeetingDetails details) {
        filling = true;
        meetingId = details.id();
        stored = details.toDraft();
        storedPin = details.pin();
        setHeaderTitle(text.t(details.recurrence().repeats() ? "meetings.editor.edit-series"
                : "meetings.editor.edit", details.title()));
        offerChoices(details.mode() == MeetingMode.PHYSICAL);
        title.setValue(details.title());
        agenda.setValue(Objects.requireNonNullElse(details.agenda(), ""));
        mode.setValue(details.mode());
        link.setValue(Objects.requireNonNullElse(details.externalUrl(), ""));
        pin.setValue(Objects.requireNonNullElse(details.pin(), ""));
        room.getListDataView().getItems().filter(option -> Objects.equals(option.id(), details.roomId()))
                .findFirst().ifPresent(room::setValue);
        justification.setValue(Objects.requireNonNullElse(details.justification(), ""));
        teams.setValue(teams.getListDataView().getItems()
                .filter(option -> details.teamIds().contains(option.id())).collect(Collectors.toSet()));
        people.setValue(details.attendees().stream().filter(invitee -> invitee.teamId() == null)
                .map(invitee -> new Option(invitee.personId(), invitee.name(), null)).collect(Collectors.toSet()));

        Recurrence recurrence = details.recurrence();
        LocalDateTime first = details.firstStart();
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        if (first.isBefore(now)) {
            Upcoming upcoming = meetings.upcoming(details.id());
            if (upcoming.next() != null) {
                first = upcoming.next().toLocalDate().atTime(first.toLocalTime());
                // Counted from the next occurrence, the same count would run longer: end on the same last day.
                if (recurrence.count() != null && upcoming.last() != null) {
                    recurrence = new Recurrence(recurrence.repeat(), recurrence.days(),
                            upcoming.last().toLocalDate(), null);
                }
            }
        }
        // Days other than the meeting's own were picked by hand: moving the date leaves them.
        boolean weekly = recurrence.repeat() == Repeat.WEEKLY && !recurrence.days().isEmpty();
        daysByHand = weekly && !recurrence.days().equals(Set.of(first.getDayOfWeek()));
        date.setValue(first.toLocalDate());
        start.setValue(first.toLocalTime());
        end.setValue(first.toLocalTime().plusMinutes(details.durationMinutes()));
        repeat.setValue(recurrence.repeat());
        days.setValue(weekly ? recurrence.days() : Set.of(first.getDayOfWeek()));
        ends.setValue(recurrence.count() != null ? End.COUNT : End.UNTIL);
        until.setValue(recurrence.until() != null ? recurrence.until() : first.toLocalDate().plusMonths(1));
        count.setValue(recurrence.count());
        shown = schedule();
        showModeFields();
        showRecurrenceFields();
        filling = false;
        showFreeBusy();
        open();
    }

    private void offerChoices(boolean physicalMeeting) {
        List<Option> rooms = meetings.rooms();
        room.setItems(rooms);
        List<MeetingMode> modes = new ArrayList<>(List.of(MeetingMode.VIDEO, MeetingMode.PHONE));
        // A physical meeting is an exception: offered only where a room can hold one.
        if (!rooms.isEmpty() || physicalMeeting) {
            modes.add(MeetingMode.PHYSICAL);
        }
        mode.setItems(modes);
        teams.setItems(meetings.invitableTeams());
    }

    private void showModeFields() {
        MeetingMode chosen = mode.getValue();
        link.setVisible(chosen == MeetingMode.VIDEO);
        pin.setVisible(chosen == MeetingMode.PHONE);
        room.setVisible(chosen == MeetingMode.PHYSICAL);
        justification.setVisible(chosen == MeetingMode.PHYSICAL);
        physicalHint.setVisible(chosen == MeetingMode.PHYSICAL);
    }

    private void followDate() {
        if (!daysByHand && date.getValue() != null) {
            days.setValue(Set.of(date.getValue().getDayOfWeek()));
        }
    }

    private void showRecurrenceFields() {
        boolean repeats = repeat.getValue() != null && repeat.getValue() != Repeat.NONE;
        days.setVisible(repeat.getValue() == Repeat.WEEKLY);
        ends.setVisible(repeats);
        until.setVisible(repeats && ends.getValue() == End.UNTIL);
        count.setVisible(repeats && ends.getValue() == End.COUNT);
    }

    /**
     * Reads the chosen day's busy times of the organiser and everyone chosen, and the next time all
     * of them (and a bridge, by phone) are free, from the time asked for on.
     */
    private void showFreeBusy() {
        if (!showsFreeBusy || filling) {
            return;
        }
        suggested = null;
        useSuggestion.setVisible(false);
        suggestion.setText("");
        LocalDate day = date.getValue();
        if (day == null) {
            freeBusy.removeAll();
            return;
        }
        Set<Long> personIds = people.getValue().stream().map(Option::id).collect(Collectors.toSet());
        Set<Long> teamIds = teams.getValue().stream().map(Option::id).collect(Collectors.toSet());
        Schedule schedule = schedule();
        try {
            freeBusy.show(meetings.freeBusy(day, personIds, teamIds, meetingId), schedule.start(), schedule.end(),
                    text);
        } catch (DomainException refused) {
            // A person no longer invitable: saving says so; the strip just stays empty meanwhile.
            freeBusy.removeAll();
            return;
        }
        if (schedule.start() == null || schedule.end() == null || !schedule.end().isAfter(schedule.start())
                || (personIds.isEmpty() && teamIds.isEmpty())) {
            return;
        }
        int minutes = (int) Duration.between(schedule.start(), schedule.end()).toMinutes();
        boolean phone = mode.getValue() == MeetingMode.PHONE;
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Optional<LocalDateTime> next = meetings.nextFreeSlot(schedule.start(), minutes, personIds, teamIds,
                mode.getValue(), meetingId);
        if (next.isEmpty()) {
            suggestion.setText(text.t("meetings.free-busy.none", FreeBusyStrip.FROM, FreeBusyStrip.TO));
        } else if (next.get().equals(schedule.start())) {
            suggestion.setText(text.t(phone ? "meetings.free-busy.all-free-phone" : "meetings.free-busy.all-free"));
        } else {
            suggested = next.get();
            suggestion.setText(text.t(phone ? "meetings.free-busy.next-phone" : "meetings.free-busy.next",
                    text.when(suggested, suggested.plusMinutes(minutes), today)));
            useSuggestion.setVisible(true);
        }
    }

    /** Moves the form to the suggested time, keeping the meeting's length. */
    private void useSuggestion() {
        Schedule schedule = schedule();
        if (suggested == null || schedule.start() == null || schedule.end() == null) {
            return;
        }
        LocalDateTime to = suggested.plus(Duration.between(schedule.start(), schedule.end()));
        filling = true;
        date.setValue(suggested.toLocalDate());
        start.setValue(suggested.toLocalTime());
        end.setValue(to.toLocalTime());
        filling = false;
        showFreeBusy();
    }

    /** When the meeting takes place, as the form says it. */
    private record Schedule(LocalDateTime start, LocalDateTime end, Recurrence recurrence) {
    }

    private Schedule schedule() {
        LocalDate day = date.getValue();
        LocalDateTime from = day == null || start.getValue() == null ? null : day.atTime(start.getValue());
        LocalDateTime to = day == null || end.getValue() == null ? null : day.atTime(end.getValue());
        if (endsNextDay(start.getValue(), end.getValue())) {
            to = to.plusDays(1);
        }
        return new Schedule(from, to, recurrence());
    }

    /**
     * An end time at or before the start means the next morning when the meeting would still be
     * no longer than a meeting may be (23:45 to 00:15); otherwise it is a mistake the service names.
     */
    static boolean endsNextDay(LocalTime from, LocalTime to) {
        if (from == null || to == null || to.isAfter(from)) {
            return false;
        }
        long minutes = Duration.between(from, to).plusDays(1).toMinutes();
        return minutes <= Meeting.MAX_MINUTES;
    }

    private void showNextDay() {
        end.setHelperText(endsNextDay(start.getValue(), end.getValue()) ? text.t("meetings.editor.next-day") : null);
    }

    private Recurrence recurrence() {
        Repeat chosen = repeat.getValue() == null ? Repeat.NONE : repeat.getValue();
        if (chosen == Repeat.NONE) {
            return Recurrence.NONE;
        }
        Set<DayOfWeek> weekly = switch (chosen) {
            case WEEKLY -> days.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(days.getValue());
            case WEEKDAYS -> Recurrence.WEEKDAYS;
            default -> Set.of();
        };
        End end = ends.getValue() == null ? End.UNTIL : ends.getValue();
        return new Recurrence(chosen, weekly, end == End.UNTIL ? until.getValue() : null,
                end == End.COUNT ? count.getValue() : null);
    }

    /** The draft the form describes; an untouched schedule of a series is sent back as stored. */
    MeetingDraft draft() {
        Schedule schedule = schedule();
        if (stored != null && schedule.equals(shown)) {
            schedule = new Schedule(stored.start(), stored.end(), stored.recurrence());
        }
        MeetingMode chosen = mode.getValue();
        return new MeetingDraft(title.getValue(), agenda.getValue(), schedule.start(), schedule.end(), chosen,
                chosen == MeetingMode.VIDEO ? link.getValue() : null,
                people.getValue().stream().map(Option::id).collect(Collectors.toSet()),
                teams.getValue().stream().map(Option::id).collect(Collectors.toSet()), schedule.recurrence(),
                chosen == MeetingMode.PHONE ? requestedPin() : null,
                chosen == MeetingMode.PHYSICAL && room.getValue() != null ? room.getValue().id() : null,
                chosen == MeetingMode.PHYSICAL ? justification.getValue() : null, false);
    }

    /** The PIN the meeting already has is kept, not asked for again. */
    private String requestedPin() {
        String value = pin.getValue();
        return value == null || value.isBlank() || value.strip().equals(storedPin) ? null : value;
    }

    private void save() {
        submit(draft());
    }

    /** Books or updates; attendees already busy are shown first, and the organiser may go on anyway. */
    private void submit(MeetingDraft draft) {
        MeetingDetails result;
        try {
            result = meetingId == null ? meetings.book(draft) : meetings.update(meetingId, draft);
        } catch (ConflictsFound found) {
            ConflictsConfirm.open(found, text, "meetings.conflicts.book-anyway", () -> submit(draft.confirmed()));
            return;
        }
        close();
        saved.run();
        String key = result.state() == MeetingState.REQUESTED ? "meetings.requested"
                : meetingId == null ? "meetings.booked" : "meetings.updated";
        Notifications.success(text.t(key, result.title()));
    }
}
