package app.plateau.health;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person kept off the floors, as the health officer lists them: by a temperature check above the
 * threshold (until cleared, {@code until} null) or by a decision on a symptom case (through {@code until}).
 */
public record Block(Kind kind, long recordId, long personId, String personName, Instant since, LocalDate until) {

    public enum Kind {
        TEMPERATURE, DECISION;

        public String messageKey() {
            return "health.block." + name();
        }
    }
}
