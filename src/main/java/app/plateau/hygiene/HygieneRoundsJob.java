package app.plateau.hygiene;

import app.plateau.security.CurrentUser;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates each scheduled site's rounds of the day (in its zone), so that a round nobody opened the
 * rounds screen for is still counted as missed and shown on the board. Idempotent: a round is one
 * per floor, template and instant (a unique key), and creating takes the site's schedule locks.
 */
@Component
class HygieneRoundsJob {

    private static final Logger LOG = LoggerFactory.getLogger(HygieneRoundsJob.class);

    private final HygieneService service;
    private final ScheduleRepository schedules;
    private final TransactionTemplate transactions;

    HygieneRoundsJob(HygieneService service, ScheduleRepository schedules, TransactionTemplate transactions) {
        this.service = service;
        this.schedules = schedules;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${plateau.hygiene.rounds-interval:PT10M}", initialDelayString = "PT20S")
    void createTodaysRounds() {
        CurrentUser.asSystem(() -> {
            List<Long> siteIds = transactions.execute(status -> schedules.scheduledSites());
            for (Long siteId : siteIds) {
                try {
                    transactions.executeWithoutResult(status ->
                            service.ensureRounds(siteId, service.today(service.site(siteId))));
                } catch (RuntimeException e) {
                    LOG.warn("Could not create today's hygiene rounds of site {}", siteId, e);
                }
            }
        });
    }
}
