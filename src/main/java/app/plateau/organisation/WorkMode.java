package app.plateau.organisation;

/** Where a person works: only on-site and hybrid people appear on floors. */
public enum WorkMode {
    ON_SITE, TELEWORK, HYBRID;

    public String messageKey() {
        return "work-mode." + name();
    }
}
