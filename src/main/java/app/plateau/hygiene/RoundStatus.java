package app.plateau.hygiene;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Where a round stands, derived from its times, the grace period and now; never stored. */
public enum RoundStatus {
    /** Its time has not come yet. */
    UPCOMING,
    /** From its time until the grace period ends. */
    DUE,
    /** Past the grace period, not done, and the next round (or the day's end) has not come. */
    OVERDUE,
    DONE_ON_TIME,
    /** Completed after the grace period. */
    DONE_LATE,
    /** Not completed when the next round of the floor came, or the site's day ended. */
    MISSED;

    /**
     * The status of a round scheduled at {@code scheduledAt} that may be done until {@code closesAt},
     * with {@code completedAt} {@code null} while it is not done. The grace period's end still counts
     * as on time, and a round is missed from {@code closesAt} on.
     */
    public static RoundStatus of(Instant scheduledAt, Instant closesAt, Instant completedAt, Duration grace,
            Instant now) {
        Instant graceEnd = scheduledAt.plus(grace);
        if (completedAt != null) {
            return completedAt.isAfter(graceEnd) ? DONE_LATE : DONE_ON_TIME;
        }
        if (now.isBefore(scheduledAt)) {
            return UPCOMING;
        }
        if (!now.isAfter(graceEnd)) {
            return DUE;
        }
        return now.isBefore(closesAt) ? OVERDUE : MISSED;
    }

    public boolean isDone() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    /** Whether the round may still be completed. */
    public boolean isOpen() {
        return this == DUE || this == OVERDUE;
    }

    public String messageKey() {
        return "hygiene.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
