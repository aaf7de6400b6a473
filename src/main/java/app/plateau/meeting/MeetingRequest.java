package app.plateau.meeting;

import java.time.LocalDateTime;

/**
 * A physical meeting waiting for the site manager's decision, as the requests screen shows it:
 * times in the site's zone, {@code participants} counting the organiser, {@code requestedAt} when it
 * was asked for.
 */
public record MeetingRequest(long meetingId, String title, String organiserName, LocalDateTime start,
        LocalDateTime end, Recurrence recurrence, String roomName, int roomCap, int participants,
        String justification, LocalDateTime requestedAt) {
}
