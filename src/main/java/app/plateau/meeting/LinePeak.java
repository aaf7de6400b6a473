package app.plateau.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The most lines that bookings on one bridge use at once during a period, and when: the figure the
 * allocator checks a new booking against, and the one below which a bridge's capacity may not go.
 */
final class LinePeak {

    private LinePeak() {
    }

    /** {@code lines} in use at once from {@code at}; no lines and no instant when nothing is booked. */
    record Peak(int lines, Instant at) {

        static final Peak NONE = new Peak(0, null);
    }

    /** The peak of the occurrences overlapping [from, to); an occurrence already begun counts from {@code from}. */
    static Peak of(Collection<Occurrence> taken, Instant from, Instant to) {
        TreeMap<Instant, Integer> changes = new TreeMap<>();
        for (Occurrence other : taken) {
            if (other.overlaps(from, to)) {
                Instant start = other.getStartsAt().isBefore(from) ? from : other.getStartsAt();
                changes.merge(start, other.getLineCount(), Integer::sum);
                changes.merge(other.getEndsAt(), -other.getLineCount(), Integer::sum);
            }
        }
        int now = 0;
        Peak most = Peak.NONE;
        // Changes at one instant are summed first: a meeting ending at 09:00 and another starting at
        // 09:00 do not overlap.
        for (Map.Entry<Instant, Integer> change : changes.entrySet()) {
            now += change.getValue();
            if (now > most.lines()) {
                most = new Peak(now, change.getKey());
            }
        }
        return most;
    }
}
