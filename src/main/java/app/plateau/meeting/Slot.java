package app.plateau.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The time one occurrence takes. */
record Slot(Instant start, Instant end) {

    Slot shifted(Duration by) {
        return new Slot(start.plus(by), end.plus(by));
    }

    boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && end.isAfter(from);
    }

    /** Whether [from, to) overlaps one of the slots, sorted by start and not overlapping each other. */
    static boolean overlapsAny(List<Slot> slots, Instant from, Instant to) {
        int low = 0;
        int high = slots.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Slot slot = slots.get(middle);
            if (!slot.end().isAfter(from)) {
                low = middle + 1;
            } else if (!slot.start().isBefore(to)) {
                high = middle - 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
