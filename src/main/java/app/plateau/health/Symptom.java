package app.plateau.health;

/** The fixed list of symptoms a team lead or the health officer may record. */
public enum Symptom {
    COUGH, ACHES, FEVER, TASTE_OR_SMELL_LOSS, BREATHING_DIFFICULTY, OTHER;

    public String messageKey() {
        return "health.symptom." + name();
    }
}
