package app.plateau.hygiene;

import app.plateau.organisation.Site;
import app.plateau.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only figures of the hygiene rounds for the charter compliance dashboard and the audit pack. */
@Service
public class HygieneStatistics {

    private final RoundRepository rounds;
    private final ActionRepository actions;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration grace;

    HygieneStatistics(RoundRepository rounds, ActionRepository actions, EntityManager entityManager, Clock clock,
            @Value("${plateau.hygiene.grace:PT30M}") Duration grace) {
        this.rounds = rounds;
        this.actions = actions;
        this.entityManager = entityManager;
        this.clock = clock;
        this.grace = grace;
    }

    /**
     * The rounds of a site scheduled from {@code from} to {@code to} inclusive (days of the site's
     * zone), counted as on time, late or missed at the time of the call, and the corrective actions
     * opened in those days that are still open, critical and overdue ones apart. A {@code null} site means every
     * site, for a global administrator only (others get their own site); an auditor, a site manager,
     * the health officer and administrators may ask.
     */
    @PreAuthorize("hasAnyRole('AUDITOR','SITE_MANAGER','HEALTH_OFFICER','ADMIN')")
    @Transactional(readOnly = true)
    public HygieneSummary summary(Long siteId, LocalDate from, LocalDate to) {
        Long scope = CurrentUser.scopeSite(siteId);
        if (from == null || to == null || to.isBefore(from)) {
            return new HygieneSummary(0, 0, 0, 0, 0, 0);
        }
        // Widened by a day on each side in UTC, then cut by each site's own days.
        Instant wideFrom = from.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant wideTo = to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Long, ZoneId> zones = new HashMap<>();
        Instant now = clock.instant();
        long onTime = 0;
        long late = 0;
        long missed = 0;
        for (HygieneRound round : rounds.findScheduled(scope, wideFrom, wideTo)) {
            ZoneId zone = zones.computeIfAbsent(round.getSiteId(), this::zoneOf);
            LocalDate day = LocalDate.ofInstant(round.getScheduledAt(), zone);
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            switch (round.statusAt(now, grace)) {
                case DONE_ON_TIME -> onTime++;
                case DONE_LATE -> late++;
                case MISSED -> missed++;
                default -> { }
            }
        }
        long open = 0;
        long critical = 0;
        long overdue = 0;
        List<CorrectiveAction> stillOpen = actions.findOpenedStillOpen(scope, wideFrom, wideTo);
        for (CorrectiveAction action : stillOpen) {
            ZoneId zone = zones.computeIfAbsent(action.getSiteId(), this::zoneOf);
            LocalDate day = LocalDate.ofInstant(action.getOpenedAt(), zone);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                open++;
                if (action.isCritical()) {
                    critical++;
                }
                if (action.isOverdue(LocalDate.ofInstant(now, zone))) {
                    overdue++;
                }
            }
        }
        return new HygieneSummary(onTime, late, missed, open, critical, overdue);
    }

    /** One round as the audit pack lists it, times in the site's zone (with their offset). */
    public record RoundRecord(String floorName, String templateName, ZonedDateTime scheduledAt, RoundStatus status,
            ZonedDateTime completedAt, String completedBy, int failedItems) {
    }

    /** One corrective action as the audit pack lists it, times in the site's zone (with their offset). */
    public record ActionRecord(String floorName, String itemLabel, boolean critical, String failureNote,
            String action, String owner, LocalDate deadline, ZonedDateTime openedAt, String openedBy,
            ZonedDateTime closedAt, String closedBy, String closingNote) {
    }

    /** The site's rounds scheduled from {@code from} to {@code to} inclusive, with their status now. */
    @PreAuthorize("hasAnyRole('AUDITOR','SITE_MANAGER','HEALTH_OFFICER')")
    @Transactional(readOnly = true)
    public List<RoundRecord> rounds(long siteId, LocalDate from, LocalDate to) {
        CurrentUser.checkSite(siteId);
        ZoneId zone = zoneOf(siteId);
        Map<Long, String> floors = floorNames(siteId);
        Instant now = clock.instant();
        return rounds.findScheduled(siteId, from.atStartOfDay(zone).toInstant(),
                        to.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .map(round -> new RoundRecord(floors.get(round.getFloorId()), round.getTemplateName(),
                        round.getScheduledAt().atZone(zone), round.statusAt(now, grace),
                        round.getCompletedAt() == null ? null : round.getCompletedAt().atZone(zone),
                        round.getCompletedBy(),
                        (int) round.getChecks().stream().filter(check -> !check.isPassed()).count()))
                .toList();
    }

    /** The site's corrective actions opened from {@code from} to {@code to} inclusive, open or closed. */
    @PreAuthorize("hasAnyRole('AUDITOR','SITE_MANAGER','HEALTH_OFFICER')")
    @Transactional(readOnly = true)
    public List<ActionRecord> actions(long siteId, LocalDate from, LocalDate to) {
        CurrentUser.checkSite(siteId);
        ZoneId zone = zoneOf(siteId);
        Map<Long, String> floors = floorNames(siteId);
        return actions.findOpenedBetween(siteId, from.atStartOfDay(zone).toInstant(),
                        to.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .map(action -> new ActionRecord(floors.get(action.getFloorId()), action.getItemLabel(),
                        action.isCritical(), action.getFailureNote(), action.getActionText(), action.getOwner(),
                        action.getDeadline(), action.getOpenedAt().atZone(zone), action.getOpenedBy(),
                        action.getClosedAt() == null ? null : action.getClosedAt().atZone(zone),
                        action.getClosedBy(), action.getClosingNote()))
                .toList();
    }

    private Map<Long, String> floorNames(long siteId) {
        Map<Long, String> names = new HashMap<>();
        entityManager.createQuery("select f.id, f.name from Floor f where f.site.id = :site", Object[].class)
                .setParameter("site", siteId).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    private ZoneId zoneOf(long siteId) {
        return entityManager.find(Site.class, siteId).zoneId();
    }
}
