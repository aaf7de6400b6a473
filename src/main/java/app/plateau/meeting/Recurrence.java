package app.plateau.meeting;

import app.plateau.base.DomainException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * How a meeting repeats, as a person picks it: never, every day, on weekdays, or weekly on chosen
 * days, until a date or for a number of times. It is stored and exchanged as an RFC 5545 RRULE and
 * expanded by ical4j, the same rule that calendars receive.
 */
public record Recurrence(Repeat repeat, Set<DayOfWeek> days, LocalDate until, Integer count) {

    /** A series spans at most a year: longer ones are booked again, and stay bounded in size. */
    public static final int MAX_OCCURRENCES = 366;
    public static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    public enum Repeat {
        NONE, DAILY, WEEKDAYS, WEEKLY;

        public String messageKey() {
            return "meeting.repeat." + name();
        }
    }

    public static final Recurrence NONE = new Recurrence(Repeat.NONE, Set.of(), null, null);

    public Recurrence {
        repeat = repeat == null ? Repeat.NONE : repeat;
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    public static Recurrence weekdays(LocalDate until) {
        return new Recurrence(Repeat.WEEKDAYS, WEEKDAYS, until, null);
    }

    public boolean repeats() {
        return repeat != Repeat.NONE;
    }

    /** The RRULE for a series whose first occurrence falls on {@code firstDay} in {@code zone}; {@code null} for none. */
    String toRule(LocalDate firstDay, ZoneId zone) {
        if (!repeats()) {
            return null;
        }
        // Built over Instant so that UNTIL is written in UTC with its "Z", as RFC 5545 asks.
        Recur.Builder<Instant> builder = new Recur.Builder<>();
        switch (repeat) {
            case DAILY -> builder.frequency(Frequency.DAILY);
            case WEEKDAYS -> builder.frequency(Frequency.WEEKLY).dayList(weekDays(WEEKDAYS));
            case WEEKLY -> {
                if (days.isEmpty()) {
                    throw new DomainException("meeting.error.weekly-needs-days");
                }
                builder.frequency(Frequency.WEEKLY).dayList(weekDays(days));
            }
            default -> throw new IllegalStateException(repeat.name());
        }
        checkStartsOnItsDays(firstDay);
        if ((until == null) == (count == null)) {
            throw new DomainException("meeting.error.recurrence-end");
        }
        if (count != null) {
            if (count < 1 || count > MAX_OCCURRENCES) {
                throw new DomainException("meeting.error.recurrence-count", MAX_OCCURRENCES);
            }
            builder.count(count);
        } else {
            if (until.isBefore(firstDay)) {
                throw new DomainException("meeting.error.until-before-start");
            }
            if (until.isAfter(firstDay.plusYears(1))) {
                throw new DomainException("meeting.error.recurrence-too-long", MAX_OCCURRENCES);
            }
            // RFC 5545: with a DTSTART in a time zone, UNTIL is given in UTC. The last day counts whole.
            builder.until(until.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant());
        }
        return builder.build().toString();
    }

    /**
     * A series starts on its first occurrence: a weekly series booked for a Tuesday but repeating on
     * Sundays would otherwise be saved on the Sundays only, and nobody would meet on the Tuesday asked for.
     */
    void checkStartsOnItsDays(LocalDate firstDay) {
        if (!days.isEmpty() && !days.contains(firstDay.getDayOfWeek())) {
            throw new DomainException("meeting.error.start-not-on-days", firstDay, firstDay.getDayOfWeek(),
                    days.stream().sorted().toList());
        }
    }

    /** Reads back a stored rule; rules Plateau did not write are refused. */
    static Recurrence parse(String rule, ZoneId zone) {
        if (rule == null) {
            return NONE;
        }
        Recur<?> recur = new Recur<>(rule);
        Set<DayOfWeek> chosen = recur.getDayList().stream().map(Recurrence::dayOfWeek)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        Repeat repeat = switch (recur.getFrequency()) {
            case DAILY -> Repeat.DAILY;
            case WEEKLY -> chosen.equals(WEEKDAYS) ? Repeat.WEEKDAYS : Repeat.WEEKLY;
            default -> throw new IllegalArgumentException("unsupported rule " + rule);
        };
        LocalDate until = localDate(recur.getUntil(), zone);
        Integer count = recur.getCount() > 0 ? recur.getCount() : null;
        return new Recurrence(repeat, chosen, until, count);
    }

    /**
     * The local start times of a series beginning at {@code first}: the first one the rule gives (a
     * weekday series asked to start on a Saturday starts on Monday), at most a year of them.
     */
    static List<LocalDateTime> expand(String rule, LocalDateTime first, ZoneId zone) {
        if (rule == null) {
            return List.of(first);
        }
        Recur<ZonedDateTime> recur = new Recur<>(rule);
        ZonedDateTime seed = first.atZone(zone);
        List<LocalDateTime> starts = recur.getDates(seed, seed, seed.plusYears(1), MAX_OCCURRENCES).stream()
                .map(date -> date.withZoneSameInstant(zone).toLocalDateTime())
                .sorted()
                .toList();
        if (starts.isEmpty()) {
            throw new DomainException("meeting.error.recurrence-empty");
        }
        return starts;
    }

    /** UNTIL as ical4j reads it back: a UTC date-time, or a local date-time or date from other writers. */
    private static LocalDate localDate(Object until, ZoneId zone) {
        if (until == null) {
            return null;
        }
        if (until instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone).toLocalDate();
        }
        if (until instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone).toLocalDate();
        }
        if (until instanceof Instant instant) {
            return instant.atZone(zone).toLocalDate();
        }
        if (until instanceof LocalDateTime local) {
            return local.toLocalDate();
        }
        return LocalDate.from((TemporalAccessor) until);
    }

    private static List<WeekDay> weekDays(Set<DayOfWeek> chosen) {
        return chosen.stream().sorted().map(WeekDay::getWeekDay).toList();
    }

    private static DayOfWeek dayOfWeek(WeekDay day) {
        return WeekDay.getDayOfWeek(day);
    }

    @Override
    public String toString() {
        return repeat + (days.isEmpty() ? "" : " " + days) + (until == null ? "" : " until "
                + until) + (count == null ? "" : " x" + count);
    }
}
