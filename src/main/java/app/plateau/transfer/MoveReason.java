package app.plateau.transfer;

/** Why a person needs to go to another floor: the charter allows moves only when required. */
public enum MoveReason {
    TRAINING, IT_SUPPORT, HR, MANAGEMENT, FIRST_AID, OTHER;

    public String messageKey() {
        return "transfer.reason." + name();
    }
}
