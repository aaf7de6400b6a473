package app.plateau.home.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * "Today" at a site as the start pages read it: the calendar day in the site's zone, from midnight to
 * midnight, as the rest of Plateau defines it for now. Every start page asks here and nowhere else, so
 * that reading today as the site's current working period (a night shift running past midnight) is a
 * change of {@link #of} alone.
 */
record SiteDay(ZoneId zone, LocalDate date, Instant start, Instant end, Instant now) {

    static SiteDay of(ZoneId zone, Clock clock) {
        Instant now = clock.instant();
        LocalDate date = LocalDate.ofInstant(now, zone);
        return new SiteDay(zone, date, date.atStartOfDay(zone).toInstant(),
                date.plusDays(1).atStartOfDay(zone).toInstant(), now);
    }

    /** An instant as the site's wall clock shows it. */
    LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    LocalDateTime localNow() {
        return local(now);
    }
}
