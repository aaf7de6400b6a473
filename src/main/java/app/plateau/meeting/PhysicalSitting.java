package app.plateau.meeting;

import java.time.Instant;
import java.util.Set;

/** One held sitting of an approved physical meeting, with everyone taking part (organiser included). */
public record PhysicalSitting(long meetingId, String title, Instant startsAt, Instant endsAt,
        Set<Long> participantIds) {
}
