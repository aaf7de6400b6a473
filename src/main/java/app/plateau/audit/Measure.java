package app.plateau.audit;

/** The charter measures Plateau keeps evidence of, in the order the dashboard shows them. */
public enum Measure {
    REMOTE_MEETINGS, FLOOR_MOVES, FLOOR_CLOSURES, TELEWORK;

    public String messageKey() {
        return "compliance.measure." + name();
    }
}
