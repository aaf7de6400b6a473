package app.plateau.occupancy;

import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorClosed;
import app.plateau.organisation.FloorReopened;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Journals the closing and reopening of floors. The events are heard inside the transaction that
 * changes the floor, so the line is committed exactly when the change is: an audit never shows a
 * closure that did not happen, nor misses one that did.
 */
@Component
class FloorJournal {

    private final Journal journal;
    private final EntityManager entityManager;

    FloorJournal(Journal journal, EntityManager entityManager) {
        this.journal = journal;
        this.entityManager = entityManager;
    }

    @EventListener
    void onClosed(FloorClosed event) {
        journal.record(MovementKind.FLOOR_CLOSED, null, null, floor(event.floorId()), null, event.closedBy(),
                event.reason());
    }

    @EventListener
    void onReopened(FloorReopened event) {
        journal.record(MovementKind.FLOOR_REOPENED, null, null, floor(event.floorId()), null, event.reopenedBy(),
                null);
    }

    /** The floor the closing transaction holds: its name is copied as it is at this moment. */
    private Floor floor(long floorId) {
        return entityManager.find(Floor.class, floorId);
    }
}
