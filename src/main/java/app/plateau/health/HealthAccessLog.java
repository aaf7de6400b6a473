package app.plateau.health;

import app.plateau.security.CurrentUser;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the health access log in the caller's transaction: a read is logged with what it read, so
 * the log and the reading stand or fall together. Callers are services that have already checked
 * that the caller is the site's health officer.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class HealthAccessLog {

    private final HealthAccessRepository log;
    private final Clock clock;

    HealthAccessLog(HealthAccessRepository log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Logs that the signed-in user (or the system) did {@code action} with the health data of a site. */
    public void record(long siteId, HealthAccess.Action action, Long personId, String detail) {
        record(siteId, action, personId, List.of(), detail);
    }

    /**
     * Logs a read that showed the health data of {@code personIds} (and of {@code personId}, the one it
     * was about, if any): the page or the export read, so a line keeps as many people as it showed rows.
     */
    public void record(long siteId, HealthAccess.Action action, Long personId, Collection<Long> personIds,
            String detail) {
        String reader = CurrentUser.find().map(user -> user.displayName()).orElse("Plateau");
        log.save(new HealthAccess(siteId, clock.instant(), reader, action, personId, personIds, detail));
    }
}
