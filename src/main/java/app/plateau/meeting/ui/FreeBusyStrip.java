package app.plateau.meeting.ui;

import app.plateau.meeting.FreeBusy;
import app.plateau.meeting.MeetingService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;

/**
 * The chosen day's busy times of the organiser and each attendee, one line each along the working
 * day, with the meeting's own time laid over them, as calendars show it before a booking is sent.
 * Plain elements placed in percent of the day and styled by the theme: nothing to build on the client.
 */
class FreeBusyStrip extends Div {

    static final LocalTime FROM = MeetingService.WORKDAY_START;
    static final LocalTime TO = MeetingService.WORKDAY_END;

    FreeBusyStrip() {
        addClassName("free-busy");
    }

    /** Draws the day; {@code start} and {@code end} are the meeting's own time, when the form has one. */
    void show(FreeBusy day, LocalDateTime start, LocalDateTime end, MeetingText text) {
        removeAll();
        Div scale = new Div();
        scale.addClassName("free-busy-scale");
        for (int hour = FROM.getHour(); hour < TO.getHour(); hour += 2) {
            Span tick = new Span(text.time(LocalTime.of(hour, 0)));
            tick.addClassName("free-busy-tick");
            tick.getStyle().set("left", percent(day.day().atTime(hour, 0)));
            scale.add(tick);
        }
        add(row(new Span(), scale));
        for (FreeBusy.Person person : day.people()) {
            Span name = new Span(person.organiser() ? text.t("meetings.free-busy.you", person.name()) : person.name());
            name.addClassName("free-busy-name");
            Div track = new Div();
            track.addClassName("free-busy-track");
            for (FreeBusy.Busy busy : person.busy()) {
                Div block = block(busy.start(), busy.end(), day);
                if (block != null) {
                    block.addClassName("free-busy-busy");
                    String label = text.t("meetings.free-busy.busy", text.time(busy.start()), text.time(busy.end()));
                    block.getElement().setAttribute("title", label);
                    block.getElement().setAttribute("aria-label", label);
                    track.add(block);
                }
            }
            if (start != null && end != null && end.isAfter(start)) {
                Div chosen = block(start, end, day);
                if (chosen != null) {
                    chosen.addClassName("free-busy-chosen");
                    chosen.getElement().setAttribute("aria-hidden", "true");
                    track.add(chosen);
                }
            }
            Div line = row(name, track);
            line.getElement().setAttribute("data-person", String.valueOf(person.personId()));
            add(line);
        }
    }

    private static Div row(Span label, Div track) {
        Div row = new Div(label, track);
        row.addClassName("free-busy-row");
        return row;
    }

    /** A block over [from, to) cut to the working day; null when it falls outside it. */
    private static Div block(LocalDateTime from, LocalDateTime to, FreeBusy day) {
        LocalDateTime dayFrom = day.day().atTime(FROM);
        LocalDateTime dayTo = day.day().atTime(TO);
        LocalDateTime a = from.isBefore(dayFrom) ? dayFrom : from;
        LocalDateTime b = to.isAfter(dayTo) ? dayTo : to;
        if (!b.isAfter(a)) {
            return null;
        }
        Div block = new Div();
        block.getStyle().set("left", percent(a)).set("width", String.format(Locale.ROOT, "%.3f%%",
                100.0 * Duration.between(a, b).toMinutes() / Duration.between(FROM, TO).toMinutes()));
        return block;
    }

    private static String percent(LocalDateTime at) {
        long minutes = Duration.between(FROM, at.toLocalTime()).toMinutes();
        return String.format(Locale.ROOT, "%.3f%%", 100.0 * minutes / Duration.between(FROM, TO).toMinutes());
    }
}
