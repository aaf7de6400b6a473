package app.plateau.organisation;

import app.plateau.base.DomainException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A site's current working period, what "today" means on its screens: from {@code start}
 * (included) to {@code end} (excluded). A site without period starts works by calendar day, from
 * midnight to midnight; a site with starts (06:00, 14:00, 22:00, or one 06:00 for a day that crosses
 * midnight) works from one start to the next, whatever the date.
 */
public record WorkingPeriod(Instant start, Instant end) {

    /** Most period starts a site may have in a day. */
    public static final int STARTS_MAX = 6;
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    public boolean contains(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    /**
     * The period around {@code at}: the last start at or before it and the first after it, each a
     * wall-clock time in {@code zone}. A start inside a clock change's gap moves forward with the
     * clock, so a period may last an hour more or less than its times suggest.
     */
    public static WorkingPeriod around(List<LocalTime> starts, ZoneId zone, Instant at) {
        List<LocalTime> times = starts.isEmpty() ? List.of(LocalTime.MIDNIGHT) : starts;
        LocalDate date = LocalDate.ofInstant(at, zone);
        Instant start = null;
        Instant end = null;
        for (int day = -1; day <= 1; day++) {
            for (LocalTime time : times) {
                Instant candidate = date.plusDays(day).atTime(time).atZone(zone).toInstant();
                if (!candidate.isAfter(at) && (start == null || candidate.isAfter(start))) {
                    start = candidate;
                }
                if (candidate.isAfter(at) && (end == null || candidate.isBefore(end))) {
                    end = candidate;
                }
            }
        }
        return new WorkingPeriod(start, end);
    }

    /**
     * Period starts as a person types them ("22:00, 6:00 14:00"): times of day separated by spaces,
     * commas or semicolons, each once, at most {@link #STARTS_MAX}; in day order.
     */
    public static List<LocalTime> parse(String text) {
        TreeSet<LocalTime> times = new TreeSet<>();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        for (String part : text.strip().split("[\\s,;]+")) {
            LocalTime time = time(part);
            if (!times.add(time)) {
                throw new DomainException("site.error.period-start-twice", format(time));
            }
        }
        if (times.size() > STARTS_MAX) {
            throw new DomainException("site.error.period-starts-max", STARTS_MAX);
        }
        return new ArrayList<>(times);
    }

    /** The starts as stored and shown: "06:00 14:00 22:00". */
    public static String format(List<LocalTime> starts) {
        return String.join(" ", starts.stream().map(WorkingPeriod::format).toList());
    }

    private static String format(LocalTime time) {
        return HOURS.format(time);
    }

    private static LocalTime time(String part) {
        String[] pieces = part.split("[:hH.]", -1);
        try {
            if (pieces.length == 2 && !pieces[0].isEmpty() && pieces[0].length() <= 2 && pieces[1].length() == 2) {
                return LocalTime.of(Integer.parseInt(pieces[0]), Integer.parseInt(pieces[1]));
            }
        } catch (NumberFormatException | DateTimeException e) {
            // falls through to the message below
        }
        throw new DomainException("site.error.period-start", part);
    }
}
