package app.plateau.health;

/** The health officer's decision on a symptom case. */
public enum Outcome {
    BACK_TO_WORK, SENT_HOME, TELEWORK, ISOLATION;

    /** Whether the decision keeps the person off the floors until its date. */
    public boolean blocks() {
        return this == SENT_HOME || this == ISOLATION;
    }

    public String messageKey() {
        return "health.outcome." + name();
    }
}
