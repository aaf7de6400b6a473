package app.plateau.meeting;

import java.time.Instant;
import java.util.Set;

/**
 * A meeting was booked, changed, decided or cancelled. {@code personIds} are everyone who takes
 * part now, {@code removedPersonIds} those no longer invited (their calendars take a cancellation);
 * {@code occurrenceId} is set when one occurrence alone changed.
 */
public record MeetingChanged(long siteId, long meetingId, Long occurrenceId, Kind kind, Set<Long> personIds,
        Set<Long> removedPersonIds, Instant at) {

    public enum Kind {
        BOOKED, UPDATED, OCCURRENCE_CHANGED, OCCURRENCE_CANCELLED, CANCELLED, APPROVED, DENIED
    }
}
