package app.plateau.meeting;

import java.time.LocalDateTime;

/** An attendee who already has a meeting at a time the new one takes (times in the site's zone). */
public record Conflict(long personId, String personName, long meetingId, String meetingTitle, LocalDateTime start,
        LocalDateTime end) {
}
