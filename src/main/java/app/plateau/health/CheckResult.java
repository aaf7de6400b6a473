package app.plateau.health;

/** What a temperature check found: only these two results are kept, not the value of a cleared check. */
public enum CheckResult {
    CLEARED, ABOVE_THRESHOLD;

    public String messageKey() {
        return "health.result." + name();
    }
}
