package app.plateau.transfer;

import app.plateau.occupancy.FloorLedger;
import app.plateau.occupancy.Journal;
import app.plateau.occupancy.MovementKind;
import app.plateau.occupancy.OccupancyChanged;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A move reaching its floor, or its person coming back to the place kept for them: the steps shared
 * by the person's own screen ({@code TransferService.arrive} and {@code returned}, which check the
 * caller first) and a badge reader at the floor's door (recognised by its token before this).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Arrivals {

    private final TransferRepository transfers;
    private final FloorLedger ledger;
    private final Journal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Arrivals(TransferRepository transfers, FloorLedger ledger, Journal journal, ApplicationEventPublisher events,
            Clock clock) {
        this.transfers = transfers;
        this.ledger = ledger;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    /** Completes the person's open move that this floor expects them for; {@code false} when there is none. */
    boolean arriveIfExpected(long personId, long floorId, String actor) {
        // The request's row lock, as decisions take it: an expiry or a cancellation cannot cross the arrival.
        TransferRequest request = transfers.lockOpenOf(personId).orElse(null);
        if (request == null) {
            return false;
        }
        if (request.getState() == TransferState.APPROVED && request.getToFloor().getId() == floorId) {
            arrive(request, actor);
            return true;
        }
        if (request.getState() == TransferState.IN_PROGRESS && !request.isUntilEndOfShift()
                && request.getFromFloor().getId() == floorId) {
            comeBack(request, actor);
            return true;
        }
        return false;
    }

    void arrive(TransferRequest request, String actor) {
        ledger.arrive(request.getPerson(), request.getFromFloor(), request.getToFloor(),
                !request.isUntilEndOfShift(), actor);
        Instant now = clock.instant();
        request.arrive(now);
        journal.record(MovementKind.ARRIVED, request.getPerson(), request.getFromFloor(), request.getToFloor(),
                request.getId(), actor, null);
        changed(request, now);
    }

    void comeBack(TransferRequest request, String actor) {
        ledger.comeBack(request.getPerson(), request.getToFloor(), request.getFromFloor(), actor);
        Instant now = clock.instant();
        request.complete(now);
        journal.record(MovementKind.RETURNED, request.getPerson(), request.getToFloor(), request.getFromFloor(),
                request.getId(), actor, null);
        changed(request, now);
    }

    private void changed(TransferRequest request, Instant at) {
        events.publishEvent(TransferChanged.of(request, at));
        events.publishEvent(new OccupancyChanged(request.getSiteId()));
    }
}
