package app.plateau.meeting.ui;

import app.plateau.meeting.AgendaEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A week, Monday to Sunday, as seven columns along an hour axis: each occurrence is a block placed
 * by its time, side by side with those it overlaps. Plain elements styled by the theme
 * ({@code .week-grid} in styles.css), so nothing needs a front-end build.
 */
class WeekGrid extends Div {

    static final int FIRST_HOUR = 7;
    static final int LAST_HOUR = 21;
    /** The height of an hour; blocks are placed in the same unit. */
    static final double HOUR_REM = 3.0;
    /** Blocks shorter than this show time and title on one line. */
    private static final int COMPACT_BELOW_MINUTES = 45;

    /** The part of an occurrence that falls on one day: a meeting past midnight shows on both days. */
    private record Slice(AgendaEntry entry, LocalDateTime from, LocalDateTime to) {
    }

    WeekGrid() {
        addClassName("week-grid");
        getStyle().set("--week-hour", HOUR_REM + "rem");
    }

    void show(LocalDate monday, List<AgendaEntry> entries, LocalDate today, MeetingText text,
            Consumer<AgendaEntry> open) {
        removeAll();
        List<List<Slice>> week = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            week.add(slices(monday.plusDays(day), entries));
        }
        int first = FIRST_HOUR;
        int last = LAST_HOUR;
        for (List<Slice> day : week) {
            for (Slice slice : day) {
                first = Math.min(first, slice.from().getHour());
                LocalDateTime end = slice.to();
                int endHour = end.toLocalDate().isAfter(slice.from().toLocalDate()) ? 24
                        : end.getHour() + (end.getMinute() > 0 ? 1 : 0);
                last = Math.max(last, endHour);
            }
        }
        String height = rem((last - first) * HOUR_REM);

        Div corner = new Div();
        corner.addClassName("week-corner");
        add(corner);
        for (int day = 0; day < 7; day++) {
            LocalDate date = monday.plusDays(day);
            Div head = new Div(new Span(text.day(date)));
            head.addClassName("week-head");
            if (date.equals(today)) {
                head.addClassName("today");
            }
            add(head);
        }

        Div axis = new Div();
        axis.addClassName("week-hours");
        axis.getStyle().set("height", height);
        for (int hour = first; hour < last; hour++) {
            Span label = new Span(text.time(LocalTime.of(hour, 0)));
            label.addClassName("week-hour");
            label.getStyle().set("top", rem((hour - first) * HOUR_REM));
            axis.add(label);
        }
        add(axis);

        for (int day = 0; day < 7; day++) {
            LocalDate date = monday.plusDays(day);
            Div column = new Div();
            column.addClassName("week-day");
            column.getElement().setAttribute("data-day", date.toString());
            column.getElement().setAttribute("aria-label", text.day(date));
            column.getStyle().set("height", height);
            if (date.equals(today)) {
                column.addClassName("today");
            }
            place(column, week.get(day), date.atTime(first, 0), text, open);
            add(column);
        }
    }

    private static List<Slice> slices(LocalDate date, List<AgendaEntry> entries) {
        LocalDateTime dayStart = date.atStartOfDay();
        LocalDateTime dayEnd = dayStart.plusDays(1);
        List<Slice> slices = new ArrayList<>();
        for (AgendaEntry entry : entries) {
            LocalDateTime from = entry.start().isAfter(dayStart) ? entry.start() : dayStart;
            LocalDateTime to = entry.end().isBefore(dayEnd) ? entry.end() : dayEnd;
            if (from.isBefore(to)) {
                slices.add(new Slice(entry, from, to));
            }
        }
        slices.sort(Comparator.comparing(Slice::from).thenComparing(Slice::to, Comparator.reverseOrder()));
        return slices;
    }

    /**
     * Places a day's blocks: overlapping occurrences form a cluster, each takes the first free lane
     * of its cluster, and the cluster's lanes share the column's width.
     */
    private void place(Div column, List<Slice> slices, LocalDateTime axisStart, MeetingText text,
            Consumer<AgendaEntry> open) {
        int index = 0;
        while (index < slices.size()) {
            List<Slice> cluster = new ArrayList<>();
            LocalDateTime clusterEnd = slices.get(index).to();
            while (index < slices.size() && (cluster.isEmpty() || slices.get(index).from().isBefore(clusterEnd))) {
                Slice slice = slices.get(index++);
                cluster.add(slice);
                if (slice.to().isAfter(clusterEnd)) {
                    clusterEnd = slice.to();
                }
            }
            List<LocalDateTime> laneEnds = new ArrayList<>();
            List<Integer> lanes = new ArrayList<>();
            for (Slice slice : cluster) {
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.get(lane).isAfter(slice.from())) {
                    lane++;
                }
                if (lane == laneEnds.size()) {
                    laneEnds.add(slice.to());
                } else {
                    laneEnds.set(lane, slice.to());
                }
                lanes.add(lane);
            }
            double width = 100.0 / laneEnds.size();
            for (int i = 0; i < cluster.size(); i++) {
                column.add(block(cluster.get(i), axisStart, lanes.get(i) * width, width, text, open));
            }
        }
    }

    private Div block(Slice slice, LocalDateTime axisStart, double left, double width, MeetingText text,
            Consumer<AgendaEntry> open) {
        AgendaEntry entry = slice.entry();
        Span time = new Span(text.t("meetings.time-range", text.time(entry.start()), text.time(entry.end())));
        time.addClassName("week-block-time");
        Span title = new Span(entry.title());
        title.addClassName("week-block-title");
        Span mode = new Span(text.mode(entry.mode()));
        mode.addClassName("week-block-mode");
        Div block = new Div(time, title, mode);
        block.addClassNames("week-block", "mode-" + entry.mode().name().toLowerCase(Locale.ROOT),
                "state-" + entry.state().name().toLowerCase(Locale.ROOT));
        double top = Duration.between(axisStart, slice.from()).toMinutes() / 60.0 * HOUR_REM;
        long minutes = Duration.between(slice.from(), slice.to()).toMinutes();
        double height = minutes / 60.0 * HOUR_REM;
        if (minutes < COMPACT_BELOW_MINUTES) {
            // Too short for three lines: the time and the title share one, the mode is in the label.
            block.addClassName("compact");
        }
        block.getStyle().set("top", rem(top)).set("height", rem(height))
                .set("left", percent(left)).set("width", percent(width));
        String label = text.t("meetings.week.block-label", entry.title(), text.mode(entry.mode()),
                text.when(entry.start(), entry.end(), null), text.t(entry.state().messageKey()));
        block.getElement().setAttribute("title", label);
        block.getElement().setAttribute("aria-label", label);
        block.getElement().setAttribute("role", "button");
        block.getElement().setAttribute("tabindex", "0");
        block.addClickListener(event -> open.accept(entry));
        block.getElement().addEventListener("keydown", event -> open.accept(entry))
                .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
        return block;
    }

    private static String rem(double value) {
        return String.format(Locale.ROOT, "%.3frem", value);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.3f%%", value);
    }
}
