package app.plateau.transfer;

import java.time.Instant;

/**
 * What a move request form sends: who moves, where to, why, when ({@code null} for now) and when
 * back ({@code null} for until the end of the shift).
 */
public record MoveDraft(long personId, Long toFloorId, MoveReason reason, String reasonText, Instant moveAt,
        Instant returnAt) {
}
