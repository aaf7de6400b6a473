package app.plateau.health;

import app.plateau.organisation.Site;
import app.plateau.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes, once a day, the temperature checks and symptom cases (with their decisions) older than
 * the retention, site by site, and logs each site's deletion with its counts. A record that still
 * keeps its person off the floors (a check above the threshold not yet cleared, a decision whose
 * date is today or later and not lifted) is kept while it is in force, and deleted by the first run
 * after it ends: deleting it would let the person back in.
 */
@Component
class HealthRetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(HealthRetentionJob.class);

    private final TemperatureCheckRepository checks;
    private final SymptomCaseRepository cases;
    private final HealthAccessLog accessLog;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration retention;

    HealthRetentionJob(TemperatureCheckRepository checks, SymptomCaseRepository cases, HealthAccessLog accessLog,
            EntityManager entityManager, TransactionTemplate transactions, Clock clock,
            @Value("${plateau.health.retention:P30D}") Duration retention) {
        this.checks = checks;
        this.cases = cases;
        this.accessLog = accessLog;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "${plateau.health.retention-cron:0 15 3 * * *}")
    void run() {
        CurrentUser.asSystem(() -> {
            int deleted = deleteOlderThanRetention(clock.instant());
            if (deleted > 0) {
                LOG.info("Health retention: deleted {} records", deleted);
            }
        });
    }

    /** Deletes what is older than the retention at {@code now}; returns how many records went. */
    int deleteOlderThanRetention(Instant now) {
        Instant cutoff = now.minus(retention);
        List<Long> siteIds = transactions.execute(status -> entityManager
                .createQuery("select s.id from Site s", Long.class).getResultList());
        int total = 0;
        for (Long siteId : siteIds) {
            Integer deleted = transactions.execute(status -> {
                Site site = entityManager.find(Site.class, siteId);
                LocalDate today = now.atZone(site.zoneId()).toLocalDate();
                int checkCount = checks.deleteExpired(siteId, cutoff);
                int caseCount = cases.deleteExpired(siteId, cutoff, today);
                if (checkCount + caseCount > 0) {
                    accessLog.record(siteId, HealthAccess.Action.RETENTION_DELETE, null,
                            HealthAccess.detail("retention", checkCount, caseCount));
                }
                return checkCount + caseCount;
            });
            total += deleted == null ? 0 : deleted;
        }
        return total;
    }
}
