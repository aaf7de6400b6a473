package app.plateau.health;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a team lead reads of a case: that it was sent and its outcome once decided (null while
 * open), with the date a stay-away ends. Never the symptoms.
 */
public record ReportedCase(long id, long personId, String personName, Instant reportedAt, Outcome outcome,
        LocalDate until) {

    static ReportedCase of(SymptomCase symptomCase) {
        return new ReportedCase(symptomCase.getId(), symptomCase.getPerson().getId(),
                symptomCase.getPerson().getFullName(), symptomCase.getReportedAt(), symptomCase.getOutcome(),
                symptomCase.getUntil());
    }
}
