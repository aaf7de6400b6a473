package app.plateau.transfer;

import java.util.EnumSet;
import java.util.Set;

/**
 * pending → approved / denied / cancelled / expired; approved → in progress (arrived) → completed
 * (returned, or at check-out for a move until the end of the shift).
 */
public enum TransferState {
    PENDING, APPROVED, DENIED, CANCELLED, EXPIRED, IN_PROGRESS, COMPLETED;

    /** States in which a request still counts as the person's one open request. */
    public static final Set<TransferState> OPEN = EnumSet.of(PENDING, APPROVED, IN_PROGRESS);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public String messageKey() {
        return "transfer.state." + name();
    }
}
