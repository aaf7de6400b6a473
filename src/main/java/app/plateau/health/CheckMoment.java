package app.plateau.health;

/** When a temperature check was made. */
public enum CheckMoment {
    ENTRY, SHIFT;

    public String messageKey() {
        return "health.moment." + name();
    }
}
