package app.plateau.health;

import app.plateau.base.Checks;
import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.occupancy.FloorLedger;
import app.plateau.organisation.Person;
import app.plateau.organisation.Team;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Symptom follow-up (charter measure 3). A team lead records what they observed on a member of
 * their team and reads back only that the case was sent and its outcome; the health officer reads
 * the symptoms (logged) and decides. Sending home or into isolation ends the person's presence at
 * once and keeps them off the floors through the date; their lead is told without medical details.
 */
@Service
public class SymptomService {

    private static final String OFFICER = "hasRole('HEALTH_OFFICER')";
    /** How far back a lead's list of the cases they sent goes. */
    private static final Duration LEAD_HISTORY = Duration.ofDays(14);

    private final SymptomCaseRepository cases;
    private final HealthAccessLog accessLog;
    private final FloorLedger ledger;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SymptomService(SymptomCaseRepository cases, HealthAccessLog accessLog, FloorLedger ledger,
            EntityManager entityManager, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.accessLog = accessLog;
        this.ledger = ledger;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /** Records observed symptoms: the health officer for anyone of the site, a lead for their team's members. */
    @PreAuthorize("hasAnyRole('HEALTH_OFFICER','TEAM_LEAD')")
    @Transactional
    public long report(long personId, Set<Symptom> symptoms, String otherText) {
        Person person = person(personId);
        PlateauUser user = CurrentUser.get();
        if (!user.has(Role.HEALTH_OFFICER) && !leads(user, person)) {
            throw new AccessDeniedException(user + " does not lead person " + personId);
        }
        if (symptoms == null || symptoms.isEmpty()) {
            throw new DomainException("health.error.no-symptom");
        }
        String other = symptoms.contains(Symptom.OTHER)
                ? Checks.text(otherText, SymptomCase.OTHER_MAX, "health.case.other") : null;
        return cases.save(new SymptomCase(person, clock.instant(), user.displayName(), user.personId(), symptoms,
                other)).getId();
    }

    /** The site's cases awaiting a decision, with their symptoms. */
    @PreAuthorize(OFFICER)
    @Transactional
    public List<CaseRow> open(long siteId) {
        CurrentUser.checkSite(siteId);
        List<CaseRow> rows = cases.open(siteId).stream().map(CaseRow::of).toList();
        accessLog.record(siteId, HealthAccess.Action.READ, null, rows.stream().map(CaseRow::personId).toList(),
                HealthAccess.detail("open-cases", rows.size()));
        return rows;
    }

    /** One case, with its symptoms. */
    @PreAuthorize(OFFICER)
    @Transactional
    public CaseRow get(long caseId) {
        SymptomCase symptomCase = symptomCase(caseId);
        accessLog.record(symptomCase.getSiteId(), HealthAccess.Action.READ, symptomCase.getPerson().getId(),
                HealthAccess.detail("case", caseId));
        return CaseRow.of(symptomCase);
    }

    /**
     * The health officer decides. Sending home or into isolation needs a date, today or later; the
     * person's presence ends at once and check-in is refused through that date.
     */
    @PreAuthorize(OFFICER)
    @Transactional
    public void decide(long caseId, Outcome outcome, LocalDate until) {
        SymptomCase symptomCase = symptomCase(caseId);
        Checks.required(outcome, "health.case.outcome");
        if (symptomCase.getOutcome() != null) {
            throw new DomainException("health.error.already-decided", symptomCase.getPerson().getFullName());
        }
        Person person = symptomCase.getPerson();
        if (outcome.blocks()) {
            Checks.required(until, "health.case.until");
            LocalDate today = LocalDate.now(clock.withZone(person.getSite().zoneId()));
            if (until.isBefore(today)) {
                throw new DomainException("health.error.until-past", until);
            }
        }
        String actor = CurrentUser.get().displayName();
        Team team = person.getTeam();
        Long lead = team == null || team.getLead() == null || team.getLead().getId().equals(person.getId())
                ? null : team.getLead().getId();
        symptomCase.decide(outcome, until, clock.instant(), actor, lead);
        if (outcome.blocks()) {
            ledger.checkOutIfPresent(person);
        }
        events.publishEvent(new CaseDecided(symptomCase.getSiteId(), lead));
    }

    /** The cases the signed-in lead sent lately: whom, when, and the outcome — nothing medical. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    @Transactional(readOnly = true)
    public List<ReportedCase> sentByMe() {
        Long me = CurrentUser.get().personId();
        if (me == null) {
            return List.of();
        }
        return cases.reportedBy(me, clock.instant().minus(LEAD_HISTORY)).stream().map(ReportedCase::of).toList();
    }

    /** Decisions on the signed-in lead's team members that the lead has not yet seen: nothing medical. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    @Transactional(readOnly = true)
    public List<ReportedCase> noticesForMe() {
        Long me = CurrentUser.get().personId();
        if (me == null) {
            return List.of();
        }
        return cases.unseenByLead(me).stream().map(ReportedCase::of).toList();
    }

    /** The lead saw (or closed) the notice of a decision. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    @Transactional
    public void dismissNotice(long caseId) {
        SymptomCase symptomCase = cases.findById(caseId).orElseThrow(NotFoundException::new);
        Long me = CurrentUser.get().personId();
        if (me == null || !me.equals(symptomCase.getLeadPersonId())) {
            throw new AccessDeniedException("not the lead told of case " + caseId);
        }
        symptomCase.seenByLead();
        events.publishEvent(new CaseDecided(symptomCase.getSiteId(), me));
    }

    private static boolean leads(PlateauUser user, Person person) {
        Team team = person.getTeam();
        return user.has(Role.TEAM_LEAD) && user.personId() != null && team != null && team.getLead() != null
                && team.getLead().getId().equals(user.personId()) && !person.getId().equals(user.personId());
    }

    private SymptomCase symptomCase(long caseId) {
        SymptomCase symptomCase = cases.findById(caseId).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(symptomCase.getSiteId());
        return symptomCase;
    }

    private Person person(long personId) {
        Person person = entityManager.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException();
        }
        CurrentUser.checkSite(person.getSite().getId());
        return person;
    }
}
