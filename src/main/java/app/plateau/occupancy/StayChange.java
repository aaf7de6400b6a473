package app.plateau.occupancy;

/** How a stay on a floor began or ended. */
public enum StayChange {
    /** The person (or a lead or manager for them) checked in or out in Plateau. */
    MANUAL,
    /** A badge reader at the floor's door reported it through the device feed. */
    BADGE,
    /** An approved move: the person left one floor for another. */
    MOVE,
    /** The system checked the person out at the site's end of day. */
    END_OF_DAY,
    /** The system checked the person out at the end of one of the site's working periods (shifts). */
    SHIFT_END;

    public String messageKey() {
        return "presence.change." + name();
    }
}
