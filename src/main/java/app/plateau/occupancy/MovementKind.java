package app.plateau.occupancy;

/**
 * What a line of the movement journal records. A check-out forced by a health rule is a plain
 * {@code CHECK_OUT}: the journal is read outside health and kept for ever (see {@link FloorLedger}).
 */
public enum MovementKind {
    CHECK_IN, CHECK_OUT, END_OF_DAY_CHECK_OUT,
    REQUESTED, APPROVED, AUTO_APPROVED, DENIED, CANCELLED, EXPIRED, ARRIVED, RETURNED,
    CAP_REFUSED, FLOOR_CLOSED, FLOOR_REOPENED,
    SHIFT_END_CHECK_OUT;

    public String messageKey() {
        return "movement.kind." + name();
    }
}
