package app.plateau.health;

import app.plateau.security.CurrentUser;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The health access log as the health officer reads it: who read whose health data, and when. */
@Service
public class HealthAccessService {

    private final HealthAccessRepository log;

    HealthAccessService(HealthAccessRepository log) {
        this.log = log;
    }

    /**
     * The site's log lines from {@code from} (included) to {@code to} (excluded), newest first; with a
     * person, only the lines that read their data.
     */
    @PreAuthorize("hasRole('HEALTH_OFFICER')")
    @Transactional(readOnly = true)
    public List<HealthAccess> page(long siteId, Instant from, Instant to, Long personId, int offset, int limit) {
        CurrentUser.checkSite(siteId);
        Pageable page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit));
        return personId == null
                ? log.findBySiteIdAndAtGreaterThanEqualAndAtLessThanOrderByAtDescIdDesc(siteId, from, to, page)
                : log.about(siteId, personId, from, to, page);
    }

    @PreAuthorize("hasRole('HEALTH_OFFICER')")
    @Transactional(readOnly = true)
    public long count(long siteId, Instant from, Instant to, Long personId) {
        CurrentUser.checkSite(siteId);
        return personId == null ? log.countBySiteIdAndAtGreaterThanEqualAndAtLessThan(siteId, from, to)
                : log.countAbout(siteId, personId, from, to);
    }
}
