package app.plateau.occupancy;

import java.time.Instant;

/** A stay from the presence history: who was on which floor, from when to when ({@code endedAt} empty while open). */
public record PastStay(long personId, long floorId, Instant startedAt, Instant endedAt) {

    /** When the stay ended, or {@code now} while it is open. */
    public Instant endOr(Instant now) {
        return endedAt == null ? now : endedAt;
    }
}
