package app.plateau.occupancy;

/** What a line of the movement journal records. */
public enum MovementKind {
    CHECK_IN, CHECK_OUT, END_OF_DAY_CHECK_OUT, HEALTH_CHECK_OUT,
    REQUESTED, APPROVED, AUTO_APPROVED, DENIED, CANCELLED, EXPIRED, ARRIVED, RETURNED,
    CAP_REFUSED, FLOOR_CLOSED, FLOOR_REOPENED;

    public String messageKey() {
        return "movement.kind." + name();
    }
}
