package app.plateau.occupancy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The occupancy board of a site: every floor's load, today's moves, and each floor's count over the
 * day as steps (an instant and the count from then on), from the start of the site's day to now.
 * "Today" is the site's current working period, from {@code dayStart} to {@code dayEnd}: the
 * calendar day, or a shift at a site that works in shifts.
 */
public record Board(List<FloorLoad> floors, long movesToday, long capRefusalsToday, Instant dayStart, Instant now,
        Map<Long, List<Step>> today, Instant dayEnd) {

    public record Step(Instant at, int count) {
    }
}
