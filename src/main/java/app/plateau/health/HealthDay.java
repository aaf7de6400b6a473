package app.plateau.health;

import java.time.Instant;
import java.util.List;

/**
 * The health officer's day at their site as their start page shows it: the symptom cases waiting for
 * a decision, oldest first, and the people whose keeping off the floors by a decision ends that day.
 */
public record HealthDay(List<Waiting> toDecide, List<Ending> endingToday) {

    /** A case reported and not decided yet; only who and since when, no symptom. */
    public record Waiting(long caseId, String personName, Instant reportedAt) {
    }

    /** A decision that keeps someone off the floors through the day, so they may come back the next. */
    public record Ending(long caseId, String personName) {
    }
}
