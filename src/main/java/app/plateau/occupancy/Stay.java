package app.plateau.occupancy;

import java.time.Instant;

/** Where a person is now: an open stay on a floor. */
public record Stay(long personId, long floorId, String floorName, Instant since) {
}
