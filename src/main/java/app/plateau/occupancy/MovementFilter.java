package app.plateau.occupancy;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which lines of the movement journal to read: a site (empty for the caller's own), days from and
 * to (inclusive, in the site's time zone), and optionally a floor (left or reached) and part of a
 * person's name.
 */
public record MovementFilter(Long siteId, LocalDate from, LocalDate to, Long floorId, String person)
        implements Serializable {

    /** One day of the site. */
    public static MovementFilter day(Long siteId, LocalDate day, Long floorId, String person) {
        return new MovementFilter(siteId, day, day, floorId, person);
    }
}
