package app.plateau.health;

import app.plateau.organisation.Site;
import app.plateau.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of a site's health measures for the charter dashboard: never a name nor a value, so the
 * auditor and the site manager may read them, and reading them is not a read of a health record.
 */
@Service
public class HealthStatistics {

    /** Checks per day (every day of the range, zeros included), checks above the threshold, cases by outcome. */
    public record Summary(Map<LocalDate, Long> checksPerDay, long aboveThreshold, Map<Outcome, Long> casesByOutcome,
            long undecidedCases) {

        public long checks() {
            return checksPerDay.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final TemperatureCheckRepository checks;
    private final SymptomCaseRepository cases;
    private final EntityManager entityManager;

    HealthStatistics(TemperatureCheckRepository checks, SymptomCaseRepository cases, EntityManager entityManager) {
        this.checks = checks;
        this.cases = cases;
        this.entityManager = entityManager;
    }

    /** The site's figures from {@code from} to {@code to}, both included, days in the site's zone. */
    @PreAuthorize("hasAnyRole('HEALTH_OFFICER','AUDITOR','SITE_MANAGER')")
    @Transactional(readOnly = true)
    public Summary summary(Long siteId, LocalDate from, LocalDate to) {
        if (siteId == null) {
            throw new AccessDeniedException("a site is needed");
        }
        CurrentUser.checkSite(siteId);
        Site site = entityManager.find(Site.class, siteId);
        ZoneId zone = site.zoneId();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<LocalDate, Long> perDay = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            perDay.put(day, 0L);
        }
        checks.times(siteId, start, end).forEach(at -> perDay.merge(at.atZone(zone).toLocalDate(), 1L, Long::sum));
        Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            byOutcome.put(outcome, 0L);
        }
        long undecided = 0;
        for (Object[] row : cases.countByOutcome(siteId, start, end)) {
            if (row[0] == null) {
                undecided = (Long) row[1];
            } else {
                byOutcome.put((Outcome) row[0], (Long) row[1]);
            }
        }
        return new Summary(perDay, checks.countAbove(siteId, start, end), byOutcome, undecided);
    }
}
