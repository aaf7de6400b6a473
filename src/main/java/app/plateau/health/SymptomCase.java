package app.plateau.health;

import app.plateau.organisation.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Symptoms observed on a person, and the health officer's decision on them. The decision lives on
 * the same row so that retention deletes both together. A decision that sends the person home or
 * into isolation keeps them off the floors through its date, unless the health officer lifts it.
 */
@Entity
@Table(name = "health_symptom_case")
class SymptomCase {

    static final int OTHER_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Column(name = "reported_by", nullable = false, updatable = false, length = 120)
    private String reportedBy;

    @Column(name = "reporter_person_id", updatable = false)
    private Long reporterPersonId;

    @Column(nullable = false, updatable = false, length = 200)
    private String symptoms;

    @Column(name = "other_text", updatable = false, length = OTHER_MAX)
    private String otherText;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private Outcome outcome;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 120)
    private String decidedBy;

    @Column(name = "until_date")
    private LocalDate until;

    @Column(name = "lead_person_id")
    private Long leadPersonId;

    @Column(name = "lead_seen", nullable = false)
    private boolean leadSeen;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by", length = 120)
    private String liftedBy;

    protected SymptomCase() {
    }

    SymptomCase(Person person, Instant reportedAt, String reportedBy, Long reporterPersonId, Set<Symptom> symptoms,
            String otherText) {
        this.siteId = person.getSite().getId();
        this.person = person;
        this.reportedAt = reportedAt;
        this.reportedBy = reportedBy;
        this.reporterPersonId = reporterPersonId;
        this.symptoms = symptoms.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.otherText = symptoms.contains(Symptom.OTHER) ? otherText : null;
    }

    void decide(Outcome outcome, LocalDate until, Instant when, String who, Long leadPersonId) {
        this.outcome = outcome;
        this.until = outcome.blocks() ? until : null;
        this.decidedAt = when;
        this.decidedBy = who;
        this.leadPersonId = leadPersonId;
        this.leadSeen = leadPersonId == null;
    }

    void lift(Instant when, String who) {
        this.liftedAt = when;
        this.liftedBy = who;
    }

    void seenByLead() {
        this.leadSeen = true;
    }

    /** Whether the decision still keeps the person off the floors on {@code today}. */
    boolean blocksOn(LocalDate today) {
        return outcome != null && outcome.blocks() && liftedAt == null && until != null && !today.isAfter(until);
    }

    Long getId() {
        return id;
    }

    Long getSiteId() {
        return siteId;
    }

    Person getPerson() {
        return person;
    }

    Instant getReportedAt() {
        return reportedAt;
    }

    String getReportedBy() {
        return reportedBy;
    }

    Long getReporterPersonId() {
        return reporterPersonId;
    }

    Set<Symptom> getSymptoms() {
        Set<Symptom> set = EnumSet.noneOf(Symptom.class);
        Arrays.stream(symptoms.split(",")).filter(name -> !name.isBlank()).map(Symptom::valueOf).forEach(set::add);
        return set;
    }

    String getOtherText() {
        return otherText;
    }

    Outcome getOutcome() {
        return outcome;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    LocalDate getUntil() {
        return until;
    }

    Long getLeadPersonId() {
        return leadPersonId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SymptomCase symptomCase && id != null && id.equals(symptomCase.id);
    }

    @Override
    public int hashCode() {
        return SymptomCase.class.hashCode();
    }
}
