package app.plateau.transfer;

import app.plateau.occupancy.FloorLedger;
import app.plateau.occupancy.Journal;
import app.plateau.occupancy.MovementKind;
import app.plateau.occupancy.OccupancyChanged;
import app.plateau.occupancy.PresenceEnded;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import app.plateau.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens to moves without anyone deciding: an approved move not started within the lapse
 * after its time expires and gives its place back; a pending one whose time has long passed
 * expires too; a person's check-out closes their open move.
 */
@Component
class TransferLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TransferLifecycle.class);

    private final TransferRepository transfers;
    private final FloorLedger ledger;
    private final Journal journal;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration lapse;

    TransferLifecycle(TransferRepository transfers, FloorLedger ledger, Journal journal,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
            @Value("${plateau.transfer.lapse:PT15M}") Duration lapse) {
        this.transfers = transfers;
        this.ledger = ledger;
        this.journal = journal;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.lapse = lapse;
    }

    @Scheduled(fixedDelayString = "${plateau.transfer.sweep-interval:PT30S}", initialDelayString = "PT20S")
    void sweep() {
        CurrentUser.asSystem(() -> {
            int expired = expireAt(clock.instant());
            if (expired > 0) {
                LOG.info("Expired {} moves", expired);
            }
        });
    }

    /** Expires, each in its own transaction, what has lapsed at {@code now}; returns how many. */
    int expireAt(Instant now) {
        List<Long> approved = transactions.execute(status -> transfers.approvedLapsedBefore(now));
        // A pending request expires when TransferService.decideBefore says: its time plus the lapse.
        List<Long> pending = transactions.execute(status -> transfers.pendingDueBefore(now.minus(lapse)));
        int expired = 0;
        for (Long id : approved) {
            expired += expireOne(id, TransferState.APPROVED, now) ? 1 : 0;
        }
        for (Long id : pending) {
            expired += expireOne(id, TransferState.PENDING, now) ? 1 : 0;
        }
        return expired;
    }

    private boolean expireOne(long id, TransferState expected, Instant now) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            TransferRequest request = transfers.lockById(id).orElse(null);
            // Re-read under the lock: the person may have arrived or cancelled meanwhile.
            if (request == null || request.getState() != expected) {
                return false;
            }
            if (expected == TransferState.APPROVED) {
                if (!request.getExpiresAt().isBefore(now)) {
                    return false;
                }
                ledger.release(request.getToFloor());
            }
            request.expire(now);
            journal.record(MovementKind.EXPIRED, request.getPerson(), request.getFromFloor(), request.getToFloor(),
                    request.getId(), TransferService.SYSTEM, request.getExpiry().journalCode());
            publish(request, now);
            return true;
        }));
    }

    /** Runs in the check-out's transaction: the person's open move ends with their presence. */
    @EventListener
    void onPresenceEnded(PresenceEnded event) {
        transfers.lockOpenOf(event.personId()).ifPresent(request -> {
            Instant now = clock.instant();
            switch (request.getState()) {
                case PENDING -> request.cancel(now);
                case APPROVED -> {
                    ledger.release(request.getToFloor());
                    request.cancel(now);
                }
                case IN_PROGRESS -> {
                    if (!request.isUntilEndOfShift()) {
                        ledger.release(request.getFromFloor());
                    }
                    request.complete(now);
                }
                default -> {
                    return;
                }
            }
            journal.record(request.getState() == TransferState.COMPLETED ? MovementKind.RETURNED
                    : MovementKind.CANCELLED, request.getPerson(), request.getFromFloor(), request.getToFloor(),
                    request.getId(), TransferService.SYSTEM, TransferService.CHECKED_OUT);
            publish(request, now);
        });
    }

    private void publish(TransferRequest request, Instant now) {
        events.publishEvent(TransferChanged.of(request, now));
        events.publishEvent(new OccupancyChanged(request.getSiteId()));
    }
}
