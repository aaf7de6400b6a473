package app.plateau.occupancy;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which lines of the movement journal to read: a site (empty for the caller's own), days from and
 * to (inclusive, in the site's time zone), and optionally a floor (left or reached) and part of a
 * person's name. With {@code currentPeriod}, the days give way to the site's current working period
 * (the calendar day, or the shift at a site working in shifts).
 */
public record MovementFilter(Long siteId, LocalDate from, LocalDate to, Long floorId, String person,
        boolean currentPeriod) implements Serializable {

    public MovementFilter(Long siteId, LocalDate from, LocalDate to, Long floorId, String person) {
        this(siteId, from, to, floorId, person, false);
    }

    /** The site's current working period: what "today" means there. */
    public static MovementFilter currentPeriod(Long siteId, LocalDate today, Long floorId, String person) {
        return new MovementFilter(siteId, today, today, floorId, person, true);
    }

    /** One day of the site. */
    public static MovementFilter day(Long siteId, LocalDate day, Long floorId, String person) {
        return new MovementFilter(siteId, day, day, floorId, person);
    }
}
