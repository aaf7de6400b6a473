package app.plateau.meeting;

import java.time.Duration;
import java.time.Instant;

/** The time one occurrence takes. */
record Slot(Instant start, Instant end) {

    Slot shifted(Duration by) {
        return new Slot(start.plus(by), end.plus(by));
    }

    boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && end.isAfter(from);
    }
}
