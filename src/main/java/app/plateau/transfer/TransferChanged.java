package app.plateau.transfer;

/**
 * A request was made, decided, cancelled, expired, started or completed. Published inside the
 * transaction; screens and the device feed hear of it after commit. {@code expiry} says, for an
 * expired request, whether it had been approved; {@code moveAt} is the time asked for the move.
 */
public record TransferChanged(long transferId, long siteId, long personId, String personName, long fromFloorId,
        String fromFloorName, long toFloorId, String toFloorName, TransferState state, String decidedBy,
        String denyReason, java.time.Instant at, java.time.Instant requestedAt, java.time.Instant expiresAt,
        java.time.Instant returnAt, MoveReason reason, boolean autoApproved, Expiry expiry,
        java.time.Instant moveAt) {

    static TransferChanged of(TransferRequest request, java.time.Instant at) {
        return new TransferChanged(request.getId(), request.getSiteId(), request.getPerson().getId(),
                request.getPerson().getFullName(), request.getFromFloor().getId(), request.getFromFloor().getName(),
                request.getToFloor().getId(), request.getToFloor().getName(), request.getState(),
                request.getDecidedBy(), request.getDenyReason(), at, request.getRequestedAt(),
                request.getExpiresAt(), request.getReturnAt(), request.getReason(), request.isAutoApproved(),
                request.getExpiry(), request.getMoveAt());
    }
}
