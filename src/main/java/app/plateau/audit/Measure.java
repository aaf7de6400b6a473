package app.plateau.audit;

/** The charter measures Plateau keeps evidence of, in the charter's order, as the dashboard shows them. */
public enum Measure {
    HYGIENE_ROUNDS, SYMPTOMS, TEMPERATURE, REMOTE_MEETINGS, FLOOR_MOVES, FLOOR_CLOSURES, TELEWORK;

    public String messageKey() {
        return "compliance.measure." + name();
    }

    /** What the charter asks of this measure, in a sentence the dashboard shows beside its figures. */
    public String ruleKey() {
        return "compliance.rule." + name();
    }
}
