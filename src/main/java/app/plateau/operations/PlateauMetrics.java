package app.plateau.operations;

import app.plateau.audit.AuditPackWritten;
import app.plateau.occupancy.CheckedIn;
import app.plateau.occupancy.RefusedAtCap;
import app.plateau.occupancy.StayChange;
import app.plateau.transfer.TransferChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Plateau's own figures, counted from the events the features publish, after commit: what is
 * counted happened, and a rolled-back attempt counts nothing. Tags stay few and fixed (the site's
 * id at most, never a person or a floor), so the number of series does not grow with the data.
 * The names and their meaning are listed in docs/operations.md.
 */
@Component
class PlateauMetrics {

    static final String MOVES_REQUESTED = "plateau.moves.requested";
    static final String MOVES_DECIDED = "plateau.moves.decided";
    static final String CAP_REFUSALS = "plateau.cap.refusals";
    static final String CHECK_INS = "plateau.checkins";
    static final String AUDIT_PACKS = "plateau.audit.packs";

    private final MeterRegistry registry;

    PlateauMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onTransfer(TransferChanged event) {
        switch (event.state()) {
            case PENDING -> requested(event);
            case APPROVED -> {
                // An automatic approval is made in the requesting transaction: one event for both.
                if (event.autoApproved()) {
                    requested(event);
                    decided(event, "auto_approved");
                } else {
                    decided(event, "approved");
                }
            }
            case DENIED -> decided(event, "denied");
            case EXPIRED -> decided(event, "expired");
            default -> {
                // Cancellations, arrivals and returns are not decisions.
            }
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onCheckIn(CheckedIn event) {
        String how = event.how() == StayChange.BADGE ? "badge" : event.self() ? "self" : "on_behalf";
        Counter.builder(CHECK_INS)
                .description("Check-ins on a floor: by the person (self), by their lead or a manager (on_behalf), "
                        + "or at a badge reader (badge)")
                .tag("site", site(event.siteId()))
                .tag("how", how)
                .register(registry).increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onRefusal(RefusedAtCap event) {
        Counter.builder(CAP_REFUSALS)
                .description("Places refused by a floor at its sanitary cap, to a check-in or a move's approval")
                .tag("site", site(event.siteId()))
                .tag("during", event.forMove() ? "move_approval" : "check_in")
                .register(registry).increment();
    }

    /** Writing a pack changes nothing: its part is counted as soon as it is written. */
    @EventListener
    void onAuditPack(AuditPackWritten event) {
        Timer.builder(AUDIT_PACKS)
                .description("Audit pack parts written in full (PDF, ZIP of CSV files), with the time each took")
                .tag("part", event.part().name().toLowerCase(Locale.ROOT))
                .register(registry).record(event.took());
    }

    private void requested(TransferChanged event) {
        Counter.builder(MOVES_REQUESTED)
                .description("Floor-move requests made, by reason")
                .tag("site", site(event.siteId()))
                .tag("reason", event.reason().name().toLowerCase(Locale.ROOT))
                .register(registry).increment();
    }

    private void decided(TransferChanged event, String outcome) {
        Counter.builder(MOVES_DECIDED)
                .description("Floor-move requests decided: approved by a manager, approved by the floor's own rule, "
                        + "denied, or expired without a decision or an arrival")
                .tag("site", site(event.siteId()))
                .tag("outcome", outcome)
                .register(registry).increment();
    }

    private static String site(long siteId) {
        return Long.toString(siteId);
    }
}
