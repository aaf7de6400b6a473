package app.plateau.occupancy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the presence history for other features (contact tracing): stays that overlap a window,
 * as plain records. Callers are services that have already checked the caller's role and site.
 * A stay overlaps a window when it started before the window's end and had not ended by its start,
 * so a stay that ends exactly when the window starts is not in it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class PresenceHistory {

    private final PresenceRepository presences;

    PresenceHistory(PresenceRepository presences) {
        this.presences = presences;
    }

    /** One person's stays overlapping {@code [from, to)}, oldest first. */
    public List<PastStay> ofPerson(long personId, Instant from, Instant to) {
        return presences.personHistory(personId, from, to);
    }

    /** Everyone's stays on these floors overlapping {@code [from, to)}, in no particular order. */
    public List<PastStay> onFloors(Collection<Long> floorIds, Instant from, Instant to) {
        if (floorIds.isEmpty()) {
            return List.of();
        }
        return presences.floorHistory(floorIds, from, to);
    }
}
