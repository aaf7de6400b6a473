package app.plateau.meeting.ui;

import app.plateau.base.Dates;
import app.plateau.base.Messages;
import app.plateau.meeting.AgendaEntry;
import app.plateau.meeting.MeetingMode;
import app.plateau.meeting.MeetingState;
import app.plateau.meeting.Recurrence;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the meeting screens write days, times, modes, states and series in the reader's language.
 * Times are already in the site's zone. Every date and time goes through {@link Dates}, whose
 * patterns come from the bundles, so each language orders day and month its own way.
 */
final class MeetingText {

    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter shortDay;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter time;

    MeetingText(Locale locale) {
        this.locale = Messages.supported(locale);
        // Through the one place that writes dates: day first and a 24-hour clock in English too.
        this.day = Dates.formatter(this.locale, "format.day");
        this.shortDay = Dates.formatter(this.locale, "meetings.format.short-day");
        this.longDate = Dates.formatter(this.locale, "meetings.format.long-date");
        this.time = Dates.formatter(this.locale, "format.time");
    }

    String t(String key, Object... arguments) {
        return Messages.get(locale, key, arguments);
    }

    Locale locale() {
        return locale;
    }

    String day(LocalDate date) {
        return day.format(date);
    }

    String shortDay(LocalDate date) {
        return shortDay.format(date);
    }

    String longDate(LocalDate date) {
        return longDate.format(date);
    }

    String time(LocalTime value) {
        return time.format(value);
    }

    String time(LocalDateTime value) {
        return time.format(value);
    }

    /** "lun. 12 mai, 08:45–09:00"; "aujourd’hui, …" for today; both days when it runs past midnight. */
    String when(LocalDateTime start, LocalDateTime end, LocalDate today) {
        String startDay = start.toLocalDate().equals(today) ? t("meetings.today") : day(start.toLocalDate());
        boolean endsAtMidnight = end.equals(start.toLocalDate().plusDays(1).atStartOfDay());
        if (!end.toLocalDate().equals(start.toLocalDate()) && !endsAtMidnight) {
            return t("meetings.when-overnight", startDay, time(start), day(end.toLocalDate()), time(end));
        }
        return t("meetings.when", startDay, time(start), time(end));
    }

    /** The short form a conflict line uses: "lun. 08:45–09:00". */
    String shortWhen(LocalDateTime start, LocalDateTime end) {
        return t("meetings.short-when", shortDay(start.toLocalDate()), time(start), time(end));
    }

    String mode(MeetingMode mode) {
        return t(mode.messageKey());
    }

    /** The mode as an icon and its name, the icon only repeating what the text says. */
    Component modeLabel(MeetingMode mode) {
        return modeLabel(mode, mode(mode));
    }

    /** The same with the mode's short name, for grid columns. */
    Component shortModeLabel(MeetingMode mode) {
        return modeLabel(mode, t("meetings.mode-short." + mode.name()));
    }

    private Component modeLabel(MeetingMode mode, String name) {
        Icon icon = icon(mode).create();
        icon.addClassName("meeting-mode-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span label = new Span(icon, new Span(name));
        label.addClassNames("meeting-mode", "mode-" + mode.name().toLowerCase(Locale.ROOT));
        return label;
    }

    static VaadinIcon icon(MeetingMode mode) {
        return switch (mode) {
            case VIDEO -> VaadinIcon.CAMERA;
            case PHONE -> VaadinIcon.PHONE;
            case PHYSICAL -> VaadinIcon.BUILDING;
        };
    }

    /** A state badge, coloured by what it asks of the reader. */
    Span state(MeetingState state) {
        Span badge = new Span(t(state.messageKey()));
        String tone = switch (state) {
            case SCHEDULED -> "badge success";
            case REQUESTED -> "badge contrast";
            case DENIED, CANCELLED -> "badge error";
        };
        badge.getElement().getThemeList().addAll(List.of(tone.split(" ")));
        badge.addClassName("meeting-state");
        return badge;
    }

    /** "Chaque jour ouvré jusqu’au 23/05/2025", "Tous les jours, 10 fois"; empty for a single meeting. */
    String recurrence(Recurrence recurrence) {
        if (recurrence == null || !recurrence.repeats()) {
            return "";
        }
        String days = recurrence.days().stream().sorted()
                .map(d -> d.getDisplayName(TextStyle.FULL, locale))
                .collect(Collectors.joining(", "));
        String key = "meetings.recurrence." + recurrence.repeat().name()
                + (recurrence.until() != null ? ".until" : ".count");
        Object end = recurrence.until() != null ? recurrence.until() : recurrence.count();
        return t(key, end, days);
    }

    /** The date picker's calendar in the reader's language, weeks starting on Monday. */
    DatePicker.DatePickerI18n datePickerI18n() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList());
        // The picker lists week days from Sunday.
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        i18n.setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                .toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(t("meetings.picker.today"));
        i18n.setCancel(t("common.cancel"));
        return i18n;
    }

    String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    /** The viewer's own link to the video room, opened in a new tab so Plateau stays open beside it. */
    Anchor joinLink(String url) {
        Icon icon = VaadinIcon.CAMERA.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Anchor link = new Anchor(url, t("meetings.join"));
        link.addComponentAsFirst(icon);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.addClassName("join-link");
        return link;
    }

    /**
     * How to take part in an occurrence at {@code now}, by {@link AgendaEntry#joinOpen the one join
     * rule}: the link while it is open, when it opens before that, the dial-in, the room.
     */
    Component joinCell(AgendaEntry entry, LocalDateTime now) {
        if (entry.mode() != MeetingMode.VIDEO) {
            Span how = new Span(howToJoin(entry));
            how.addClassName("meeting-how");
            return how;
        }
        if (entry.joinOpen(now)) {
            return joinLink(entry.joinUrl());
        }
        if (entry.joinUrl() == null || entry.joinOver(now)) {
            return new Span(entry.joinUrl() == null ? t("common.none") : t("meetings.join.over"));
        }
        Span later = new Span(t("meetings.join.from", time(entry.joinOpensAt())));
        later.addClassName("join-later");
        return later;
    }

    /** How to take part, as text: the dial-in and PIN, the room, or nothing for video (a link does it). */
    String howToJoin(AgendaEntry entry) {
        return switch (entry.mode()) {
            case VIDEO -> "";
            case PHONE -> entry.dialIn() == null ? t("common.none")
                    : t("meetings.dial-in", entry.dialIn(), entry.pin() == null ? t("common.none") : entry.pin());
            case PHYSICAL -> entry.roomName() == null ? t("common.none") : t("meetings.in-room", entry.roomName());
        };
    }
}
