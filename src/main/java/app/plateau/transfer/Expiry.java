package app.plateau.transfer;

import app.plateau.occupancy.MovementWording;

/**
 * Why a request expired: nobody decided it before its time had long passed, or it was approved
 * and the person did not start the move in time, which gave the held place back.
 */
public enum Expiry {
    UNDECIDED, LAPSED;

    /** The code the movement journal keeps in its detail, read back by the journal's wording. */
    public String journalCode() {
        return this == UNDECIDED ? MovementWording.EXPIRED_UNDECIDED : MovementWording.EXPIRED_LAPSED;
    }
}
