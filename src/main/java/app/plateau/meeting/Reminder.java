package app.plateau.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A coming meeting as its reminder shows it to one person, times in the site's zone, with how this
 * person joins: their own video link (carrying their token when tokens are on), the bridge's dial-in
 * and PIN, or the room.
 */
public record Reminder(long occurrenceId, long meetingId, String title, MeetingMode mode, LocalDateTime start,
        LocalDateTime end, Instant startsAt, String joinUrl, String dialIn, String pin, String roomName) {

    /** Whole minutes left before the start, rounded up; 0 once it has started. */
    public long minutesBefore(Instant now) {
        long seconds = Duration.between(now, startsAt).toSeconds();
        return seconds <= 0 ? 0 : (seconds + 59) / 60;
    }
}
