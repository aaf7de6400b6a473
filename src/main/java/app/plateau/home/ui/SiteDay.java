package app.plateau.home.ui;

import app.plateau.organisation.WorkingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * "Today" at a site as the start pages read it: the site's current working period
 * ({@code SiteService.workingPeriod}), which is the calendar day for a site without shifts and may run
 * past midnight for a night shift; {@code date} is the day the period began on.
 */
record SiteDay(ZoneId zone, LocalDate date, Instant start, Instant end, Instant now) {

    static SiteDay of(ZoneId zone, WorkingPeriod period, Instant now) {
        return new SiteDay(zone, LocalDate.ofInstant(period.start(), zone), period.start(), period.end(), now);
    }

    static SiteDay calendar(ZoneId zone, Instant now) {
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
