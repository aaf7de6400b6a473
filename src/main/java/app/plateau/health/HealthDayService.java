package app.plateau.health;

import app.plateau.base.NotFoundException;
import app.plateau.organisation.Person;
import app.plateau.organisation.Site;
import app.plateau.organisation.Team;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the start pages read of health: the officer's day, and for a lead who of the team may not enter. */
@Service
public class HealthDayService {

    private final TemperatureCheckRepository checks;
    private final SymptomCaseRepository cases;
    private final HealthAccessLog accessLog;
    private final EntityManager entityManager;
    private final Clock clock;

    HealthDayService(TemperatureCheckRepository checks, SymptomCaseRepository cases, HealthAccessLog accessLog,
            EntityManager entityManager, Clock clock) {
        this.checks = checks;
        this.cases = cases;
        this.accessLog = accessLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * The cases of the site waiting for a decision and the decisions whose keeping off the floors ends
     * on {@code day} (the start page's "today"). Names and times only, yet health data: the read is logged.
     */
    @PreAuthorize("hasRole('HEALTH_OFFICER')")
    @Transactional
    public HealthDay day(long siteId, LocalDate day) {
        CurrentUser.checkSite(siteId);
        List<SymptomCase> open = cases.open(siteId);
        List<SymptomCase> ending = cases.blocking(siteId, day).stream()
                .filter(c -> day.equals(c.getUntil())).toList();
        List<Long> people = new ArrayList<>();
        open.forEach(c -> people.add(c.getPerson().getId()));
        ending.forEach(c -> people.add(c.getPerson().getId()));
        accessLog.record(siteId, HealthAccess.Action.READ, null, people,
                HealthAccess.detail("start-day", open.size(), ending.size()));
        return new HealthDay(
                open.stream().map(c -> new HealthDay.Waiting(c.getId(), c.getPerson().getFullName(),
                        c.getReportedAt())).toList(),
                ending.stream().map(c -> new HealthDay.Ending(c.getId(), c.getPerson().getFullName())).toList());
    }

    /**
     * The members of the signed-in lead's team whom the health rules keep off the floors now, by
     * temperature or by decision: their ids only, never which nor why, as the check-in gate tells a lead.
     */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    @Transactional(readOnly = true)
    public Set<Long> blockedInMyTeam() {
        PlateauUser user = CurrentUser.get();
        if (user.personId() == null || user.siteId() == null) {
            return Set.of();
        }
        Site site = entityManager.find(Site.class, user.siteId());
        if (site == null) {
            throw new NotFoundException();
        }
        // The same "today" as the check-in gate: a lead reads who the door would refuse now.
        LocalDate today = LocalDate.now(clock.withZone(site.zoneId()));
        Set<Long> blocked = new HashSet<>();
        Stream.concat(checks.blocking(site.getId()).stream().map(TemperatureCheck::getPerson),
                        cases.blocking(site.getId(), today).stream().map(SymptomCase::getPerson))
                .filter(person -> ledBy(person, user.personId()))
                .forEach(person -> blocked.add(person.getId()));
        return blocked;
    }

    private static boolean ledBy(Person person, long leadPersonId) {
        Team team = person.getTeam();
        return team != null && team.getLead() != null && team.getLead().getId() == leadPersonId
                && person.getId() != leadPersonId;
    }
}
