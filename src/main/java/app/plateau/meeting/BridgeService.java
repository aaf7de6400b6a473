package app.plateau.meeting;

import app.plateau.base.Checks;
import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.base.Sorting;
import app.plateau.organisation.Site;
import app.plateau.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phone conference bridges of a site. Its administrators add, change and retire them; its
 * managers read them. A change is checked against the bookings still to come under the bridge's
 * row lock, the lock every phone booking takes: a bridge never ends up carrying more lines at once
 * than its capacity, nor retired while meetings still dial into it.
 */
@Service
public class BridgeService {

    static final String ADMIN = "hasRole('ADMIN')";
    static final String READERS = "hasAnyRole('ADMIN','SITE_MANAGER')";

    private final BridgeRepository bridges;
    private final OccurrenceRepository occurrences;
    private final EntityManager entityManager;
    private final Clock clock;

    BridgeService(BridgeRepository bridges, OccurrenceRepository occurrences, EntityManager entityManager,
            Clock clock) {
        this.bridges = bridges;
        this.occurrences = occurrences;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A site's bridges, by name unless the grid asks for another order. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Bridge> page(long siteId, Pageable pageable) {
        CurrentUser.checkSite(siteId);
        return bridges.findBySiteId(siteId, Sorting.or(pageable, "name"));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long count(long siteId) {
        CurrentUser.checkSite(siteId);
        return bridges.countBySiteId(siteId);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Bridge get(long id) {
        Bridge bridge = bridges.findById(id).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(bridge.getSiteId());
        return bridge;
    }

    /**
     * Adds a bridge or changes one. A lower capacity is refused when the coming bookings on the
     * bridge use more lines at once; retiring it is refused while meetings still dial into it.
     * Read-committed, so that what the bookings read after the lock is what they committed, not a
     * snapshot taken before it.
     */
    @PreAuthorize(ADMIN)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Bridge save(Bridge bridge) {
        Long siteId = Checks.required(bridge.getSiteId(), "common.site");
        CurrentUser.checkSite(siteId);
        String name = Checks.text(bridge.getName(), Bridge.NAME_MAX, "bridge.name");
        String dialIn = Checks.text(bridge.getDialIn(), Bridge.DIAL_IN_MAX, "bridge.dial-in");
        if (!dialIn.matches(Bridge.DIAL_IN_PATTERN)) {
            throw new DomainException("bridge.error.dial-in", dialIn);
        }
        int capacity = Checks.range(bridge.getLineCapacity(), 1, Bridge.CAPACITY_MAX, "bridge.capacity");
        bridge.setName(name);
        bridge.setDialIn(dialIn);
        if (bridge.getId() == null) {
            Site site = entityManager.find(Site.class, siteId);
            if (site == null) {
                throw new NotFoundException();
            }
            if (bridges.existsBySiteIdAndNameIgnoreCase(siteId, name)) {
                throw new DomainException("bridge.error.name-taken", name);
            }
            return saved(bridge);
        }
        // The lock first: what follows reads the bookings as they stand once no booking can add to them.
        Bridge stored = bridges.findLocked(bridge.getId()).orElseThrow(NotFoundException::new);
        if (!stored.getSiteId().equals(siteId)) {
            throw new NotFoundException();
        }
        if (bridges.existsBySiteIdAndNameIgnoreCaseAndIdNot(siteId, name, stored.getId())) {
            throw new DomainException("bridge.error.name-taken", name);
        }
        boolean retiring = stored.isActive() && !bridge.isActive();
        if (retiring || capacity < stored.getLineCapacity()) {
            Instant now = clock.instant();
            List<Occurrence> coming = occurrences.comingOnBridge(stored.getId(), now);
            if (retiring && !coming.isEmpty()) {
                long meetingsComing = coming.stream().map(o -> o.getMeeting().getId()).distinct().count();
                throw new DomainException("bridge.error.in-use", stored.getName(), meetingsComing);
            }
            LinePeak.Peak peak = LinePeak.of(coming, now, Instant.MAX);
            if (peak.lines() > capacity) {
                LocalDateTime at = LocalDateTime.ofInstant(peak.at(), zoneOf(siteId));
                throw new DomainException("bridge.error.capacity-below-peak", stored.getName(), peak.lines(),
                        at.toLocalDate(), at.toLocalTime(), capacity);
            }
        }
        return saved(bridge);
    }

    /**
     * Deletes a bridge no meeting ever used; one that served keeps the meetings' history and is
     * retired instead.
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public void delete(long id) {
        Bridge bridge = bridges.findLocked(id).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(bridge.getSiteId());
        boolean used = occurrences.existsByBridgeId(id) || entityManager.createQuery(
                        "select count(m) from Meeting m where m.bridge.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
        if (used) {
            throw new DomainException("bridge.error.used", bridge.getName());
        }
        bridges.delete(bridge);
    }

    private Bridge saved(Bridge bridge) {
        try {
            return bridges.saveAndFlush(bridge);
        } catch (DataIntegrityViolationException raced) {
            // Another administrator gave a bridge of the site the same name at the same moment.
            throw new DomainException("bridge.error.name-taken", bridge.getName());
        }
    }

    private ZoneId zoneOf(long siteId) {
        Site site = entityManager.find(Site.class, siteId);
        return site == null ? ZoneId.of(Site.DEFAULT_TIME_ZONE) : site.zoneId();
    }
}
