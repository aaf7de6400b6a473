package app.plateau.hygiene;

import java.time.LocalDate;

/**
 * The answer to one item of a round, in the template's order: {@code passed} is {@code null} while
 * unanswered. A failed item needs a note and opens a corrective action: what to do, who, by when.
 */
public record Answer(Boolean passed, String note, String action, String owner, LocalDate deadline) {

    public static Answer pass() {
        return new Answer(true, null, null, null, null);
    }

    public static Answer fail(String note, String action, String owner, LocalDate deadline) {
        return new Answer(false, note, action, owner, deadline);
    }
}
