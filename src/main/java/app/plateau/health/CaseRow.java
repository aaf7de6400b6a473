package app.plateau.health;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A symptom case as the health officer reads it: the medical details and the decision, if any. */
public record CaseRow(long id, long personId, String personName, Instant reportedAt, String reportedBy,
        Set<Symptom> symptoms, String otherText, Outcome outcome, LocalDate until) {

    static CaseRow of(SymptomCase symptomCase) {
        return new CaseRow(symptomCase.getId(), symptomCase.getPerson().getId(),
                symptomCase.getPerson().getFullName(), symptomCase.getReportedAt(), symptomCase.getReportedBy(),
                symptomCase.getSymptoms(), symptomCase.getOtherText(), symptomCase.getOutcome(),
                symptomCase.getUntil());
    }
}
