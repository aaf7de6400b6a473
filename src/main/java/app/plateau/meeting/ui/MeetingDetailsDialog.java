package app.plateau.meeting.ui;

import app.plateau.base.ui.Notifications;
import app.plateau.meeting.AgendaEntry;
import app.plateau.meeting.CalendarService;
import app.plateau.meeting.ConflictsFound;
import app.plateau.meeting.Invitee;
import app.plateau.meeting.MeetingDetails;
import app.plateau.meeting.MeetingMode;
import app.plateau.meeting.MeetingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One meeting as its participants see it, from the occurrence they clicked: when, how to join, who,
 * what. Its organiser and the site's managers change or cancel it from here. The
 * {@link #getDownloads() downloads} row is left for what a participant takes away (a calendar file).
 */
public class MeetingDetailsDialog extends Dialog {

    private final transient MeetingService meetings;
    private final transient Clock clock;
    private final ZoneId zone;
    private final Runnable changed;
    private final MeetingText text;
    private final MeetingDetails details;
    private final AgendaEntry entry;
    private final HorizontalLayout downloads = new HorizontalLayout();

    /**
     * Opens the dialog of an occurrence. Every screen opens it through here, so what is added to the
     * dialog shows on all of them.
     */
    static MeetingDetailsDialog show(MeetingService meetings, CalendarService calendars, Clock clock, ZoneId zone,
            AgendaEntry clicked, Runnable changed) {
        MeetingDetailsDialog dialog = new MeetingDetailsDialog(meetings, clock, zone, clicked, changed);
        dialog.getDownloads().add(InvitationDownload.anchor(calendars, dialog.getDetails().id(),
                dialog.getTranslation("calendar.download")));
        dialog.open();
        return dialog;
    }

    MeetingDetailsDialog(MeetingService meetings, Clock clock, ZoneId zone, AgendaEntry clicked, Runnable changed) {
        this.meetings = meetings;
        this.clock = clock;
        this.zone = zone;
        this.changed = changed;
        this.text = new MeetingText(getLocale());
        // Read again: the row clicked may be older than the meeting.
        this.entry = meetings.occurrence(clicked.occurrenceId());
        this.details = meetings.get(clicked.meetingId());
        addClassName("meeting-details");
        setWidth("min(40rem, 96vw)");
        setHeaderTitle(details.title());
        LocalDateTime now = now();

        Div body = new Div();
        body.addClassName("meeting-details-body");
        HorizontalLayout badges = new HorizontalLayout(text.state(details.state()));
        if (entry.modified()) {
            Span moved = new Span(text.t("meetings.details.moved"));
            moved.getElement().getThemeList().add("badge");
            badges.add(moved);
        }
        badges.setSpacing(true);
        body.add(badges);

        Div when = new Div(new Span(text.when(entry.start(), entry.end(), now.toLocalDate())));
        String series = text.recurrence(details.recurrence());
        if (!series.isEmpty()) {
            Span repeats = new Span(series);
            repeats.addClassName("meeting-series");
            when.add(repeats);
        }
        when.addClassName("meeting-when");
        body.add(row("meetings.details.when", when));
        body.add(row("meeting.mode", text.modeLabel(details.mode())));
        body.add(row("meetings.details.join", join()));
        body.add(row("meetings.details.organiser", new Span(details.organiserName())));
        body.add(row("meetings.details.attendees", attendees()));
        if (details.agenda() != null && !details.agenda().isBlank()) {
            Paragraph agenda = new Paragraph(details.agenda());
            agenda.addClassName("meeting-agenda");
            body.add(row("meeting.agenda", agenda));
        }
        decision().ifPresent(body::add);
        downloads.addClassName("meeting-downloads");
        downloads.setAlignItems(FlexComponent.Alignment.CENTER);
        body.add(downloads);
        add(body);

        actions(now).forEach(getFooter()::add);
        Button close = new Button(text.t("common.close"), event -> close());
        getFooter().add(close);
    }

    /** Where a calendar file or another take-away for this meeting goes; empty until something is added. */
    public HorizontalLayout getDownloads() {
        return downloads;
    }

    /** The meeting shown, for what is added to {@link #getDownloads()}. */
    public MeetingDetails getDetails() {
        return details;
    }

    /** The occurrence shown, with the viewer's own join link. */
    public AgendaEntry getEntry() {
        return entry;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone));
    }

    private Div row(String labelKey, Component value) {
        Span label = new Span(text.t(labelKey));
        label.addClassName("detail-label");
        Div row = new Div(label, value);
        row.addClassName("detail-row");
        return row;
    }

    /** The same join rule as the lists: the link shows only while it is open. */
    private Component join() {
        return text.joinCell(entry, now());
    }

    /** Names, grouped by the team they were invited with; people named one by one come last. */
    private Component attendees() {
        Map<String, List<String>> byTeam = new LinkedHashMap<>();
        List<Invitee> sorted = details.attendees().stream()
                .sorted(Comparator.comparing((Invitee i) -> i.teamName() == null)
                        .thenComparing(i -> i.teamName() == null ? "" : i.teamName()))
                .toList();
        for (Invitee invitee : sorted) {
            String group = invitee.teamName() == null ? text.t("meetings.details.named") : invitee.teamName();
            byTeam.computeIfAbsent(group, key -> new ArrayList<>()).add(invitee.name());
        }
        Div list = new Div();
        list.addClassName("meeting-attendees");
        Span count = new Span(text.t("meetings.details.attendee-count", details.attendees().size() + 1));
        count.addClassName("attendee-count");
        list.add(count);
        byTeam.forEach((group, names) -> {
            Div line = new Div(new Span(text.t("meetings.details.group", group, names.size())),
                    new Span(String.join(", ", names)));
            line.addClassName("attendee-group");
            list.add(line);
        });
        return list;
    }

    private Optional<Component> decision() {
        String line = switch (details.state()) {
            case REQUESTED -> text.t("meetings.details.awaiting");
            case DENIED -> text.t("meetings.details.denied", nonNull(details.decidedBy()),
                    nonNull(details.denyReason()));
            case SCHEDULED -> details.mode() == MeetingMode.PHYSICAL && details.decidedBy() != null
                    ? text.t("meetings.details.approved", details.decidedBy()) : null;
            case CANCELLED -> text.t("meetings.details.cancelled");
        };
        if (line == null) {
            return Optional.empty();
        }
        Paragraph paragraph = new Paragraph(line);
        paragraph.addClassName("meeting-decision");
        return Optional.of(paragraph);
    }

    private String nonNull(String value) {
        return value == null ? text.t("common.none") : value;
    }

    /** What the organiser or a site manager may do; nothing for the others. */
    private List<Button> actions(LocalDateTime now) {
        if (!details.mayEdit() || !details.state().isActive()) {
            return List.of();
        }
        boolean series = details.recurrence().repeats();
        List<Button> buttons = new ArrayList<>();
        Button edit = new Button(text.t(series ? "meetings.details.edit-series" : "meetings.details.edit"),
                event -> {
                    close();
                    new MeetingEditor(meetings, clock, zone, changed).edit(details);
                });
        buttons.add(edit);
        if (series && entry.start().isAfter(now)) {
            buttons.add(new Button(text.t("meetings.details.move"), event -> openMove()));
        }
        if (series && entry.end().isAfter(now)) {
            Button cancelOne = new Button(text.t("meetings.details.cancel-occurrence"),
                    event -> confirmCancelOccurrence());
            cancelOne.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(cancelOne);
        }
        Button cancelAll = new Button(text.t(series ? "meetings.details.cancel-series"
                : "meetings.details.cancel-meeting"), event -> confirmCancelMeeting());
        cancelAll.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        buttons.add(cancelAll);
        return buttons;
    }

    /** A small form for one occurrence's new time; the series keeps its own. */
    void openMove() {
        Dialog form = new Dialog();
        form.addClassName("move-occurrence");
        form.setHeaderTitle(text.t("meetings.move.title", text.when(entry.start(), entry.end(),
                now().toLocalDate())));
        DatePicker day = new DatePicker(text.t("meetings.editor.date"), entry.start().toLocalDate());
        day.setLocale(text.locale());
        day.setI18n(text.datePickerI18n());
        TimePicker from = new TimePicker(text.t("meeting.start"), entry.start().toLocalTime());
        TimePicker to = new TimePicker(text.t("meeting.end"), entry.end().toLocalTime());
        from.setStep(Duration.ofMinutes(5));
        to.setStep(Duration.ofMinutes(5));
        from.setLocale(text.locale());
        to.setLocale(text.locale());
        HorizontalLayout fields = new HorizontalLayout(day, from, to);
        fields.setWrap(true);
        form.add(fields);
        Button move = new Button(text.t("meetings.move.confirm"), event -> move(form,
                day.getValue() == null || from.getValue() == null ? null : day.getValue().atTime(from.getValue()),
                day.getValue() == null || to.getValue() == null ? null : day.getValue().atTime(to.getValue()),
                false));
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.getFooter().add(new Button(text.t("common.cancel"), event -> form.close()), move);
        form.open();
    }

    private void move(Dialog form, LocalDateTime start, LocalDateTime end, boolean confirmed) {
        AgendaEntry moved;
        try {
            moved = meetings.moveOccurrence(entry.occurrenceId(), start, end, confirmed);
        } catch (ConflictsFound found) {
            ConflictsConfirm.open(found, text, "meetings.conflicts.move-anyway", () -> move(form, start, end, true));
            return;
        }
        form.close();
        close();
        changed.run();
        Notifications.success(text.t("meetings.moved", details.title(),
                text.when(moved.start(), moved.end(), now().toLocalDate())));
    }

    private void confirmCancelOccurrence() {
        ConfirmDialog confirm = confirm(text.t("meetings.cancel-occurrence.title",
                text.when(entry.start(), entry.end(), now().toLocalDate())),
                text.t("meetings.cancel-occurrence.text"), text.t("meetings.details.cancel-occurrence"));
        confirm.addConfirmListener(event -> {
            meetings.cancelOccurrence(entry.occurrenceId());
            close();
            changed.run();
            Notifications.success(text.t("meetings.occurrence-cancelled", details.title()));
        });
        confirm.open();
    }

    private void confirmCancelMeeting() {
        boolean series = details.recurrence().repeats();
        ConfirmDialog confirm = confirm(text.t(series ? "meetings.cancel-series.title"
                        : "meetings.cancel-meeting.title", details.title()),
                text.t("meetings.cancel-meeting.text"),
                text.t(series ? "meetings.details.cancel-series" : "meetings.details.cancel-meeting"));
        confirm.addConfirmListener(event -> {
            meetings.cancel(details.id());
            close();
            changed.run();
            Notifications.success(text.t("meetings.cancelled", details.title()));
        });
        confirm.open();
    }

    private ConfirmDialog confirm(String header, String body, String confirmText) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(header);
        confirm.setText(body);
        confirm.setCancelable(true);
        confirm.setCancelText(text.t("meetings.keep"));
        confirm.setConfirmText(confirmText);
        confirm.setConfirmButtonTheme("error primary");
        return confirm;
    }
}
