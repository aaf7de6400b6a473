package app.plateau.meeting;

import java.time.Instant;

/** A person taken by an occurrence of a meeting, as the conflict check reads it. */
record Busy(Long personId, String personName, Long meetingId, String title, Instant startsAt, Instant endsAt) {
}
