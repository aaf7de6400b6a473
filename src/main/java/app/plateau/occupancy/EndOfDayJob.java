package app.plateau.occupancy;

import app.plateau.organisation.Person;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import app.plateau.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks out whoever is still checked in when their site's day ends, so that a forgotten
 * check-out does not hold a place overnight. A site that works in periods of its own (shifts, or a
 * day that crosses midnight) has them checked out at the end of each period instead: whoever began
 * before the current period is closed as an end-of-period check-out. Each stay is closed in its own
 * transaction, recorded with the rule that closed it.
 */
@Component
class EndOfDayJob {

    private static final Logger LOG = LoggerFactory.getLogger(EndOfDayJob.class);

    private final FloorLedger ledger;
    private final PresenceRepository presences;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SiteService sites;

    EndOfDayJob(FloorLedger ledger, PresenceRepository presences, EntityManager entityManager,
            TransactionTemplate transactions, Clock clock, SiteService sites) {
        this.sites = sites;
        this.ledger = ledger;
        this.presences = presences;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${plateau.occupancy.sweep-interval:PT1M}", initialDelayString = "PT30S")
    void sweep() {
        CurrentUser.asSystem(() -> {
            int closed = closeStaysBefore(clock.instant());
            if (closed > 0) {
                LOG.info("End of day: checked out {} people", closed);
            }
        });
    }

    /**
     * Closes, at every site, the stays begun before the site's last end of day at or before
     * {@code now}, or for a site working in periods, before the start of its current period.
     */
    int closeStaysBefore(Instant now) {
        List<Long> siteIds = transactions.execute(status -> entityManager
                .createQuery("select s.id from Site s", Long.class).getResultList());
        int closed = 0;
        for (Long siteId : siteIds) {
            Site site = transactions.execute(status -> entityManager.find(Site.class, siteId));
            StayChange rule = site.worksInPeriods() ? StayChange.SHIFT_END : StayChange.END_OF_DAY;
            // The rule is the system's, whoever triggers the sweep: every site's period may be read.
            Instant dayEnd = site.worksInPeriods()
                    ? CurrentUser.asSystem(() -> sites.workingPeriod(siteId, now)).start()
                    : lastDayEnd(site, now);
            List<Long> stays = transactions.execute(status -> presences.openBefore(siteId, dayEnd).stream()
                    .map(Presence::getPersonId).toList());
            for (Long personId : stays) {
                Boolean done = transactions.execute(status -> {
                    Presence stay = presences.findByOpenPersonId(personId).orElse(null);
                    if (stay == null || !stay.getStartedAt().isBefore(dayEnd)) {
                        return false;
                    }
                    Person person = entityManager.find(Person.class, personId);
                    ledger.checkOut(person, rule, MovementWording.SYSTEM);
                    return true;
                });
                closed += Boolean.TRUE.equals(done) ? 1 : 0;
            }
        }
        return closed;
    }

    static Instant lastDayEnd(Site site, Instant now) {
        ZoneId zone = site.zoneId();
        LocalDate today = LocalDate.ofInstant(now, zone);
        ZonedDateTime end = today.atTime(site.getDayEnd()).atZone(zone);
        return end.toInstant().isAfter(now) ? end.minusDays(1).toInstant() : end.toInstant();
    }
}
