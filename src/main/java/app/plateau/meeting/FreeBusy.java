package app.plateau.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The busy times of a meeting's organiser and attendees on one day, in the site's time, as a booking
 * form shows them before saving. Only when people are taken, never by what: another person's meeting
 * titles stay theirs.
 */
public record FreeBusy(LocalDate day, List<Person> people) {

    /** One person's busy times that day, merged and cut to the day. */
    public record Person(long personId, String name, boolean organiser, List<Busy> busy) {
    }

    /** A time someone is taken. */
    public record Busy(LocalDateTime start, LocalDateTime end) {
    }
}
