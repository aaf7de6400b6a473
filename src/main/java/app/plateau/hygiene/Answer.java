package app.plateau.hygiene;

import java.time.LocalDate;

/**
 * The answer to one item of a round, in the template's order: {@code passed} is {@code null} while
 * unanswered. A failed item needs a note and opens a corrective action: what to do, by when, and
 * who does it ({@code ownerId}, one of the site's people; may be chosen later).
 */
public record Answer(Boolean passed, String note, String action, Long ownerId, LocalDate deadline) {

    public static Answer pass() {
        return new Answer(true, null, null, null, null);
    }

    public static Answer fail(String note, String action, Long ownerId, LocalDate deadline) {
        return new Answer(false, note, action, ownerId, deadline);
    }
}
