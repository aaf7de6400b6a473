package app.plateau.occupancy;

import app.plateau.base.DomainException;
import app.plateau.organisation.Site;
import app.plateau.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence of charter measure 5 (movement between floors kept to what is needed) and of floor
 * closures, for a site over a range of days: counts read from the movement journal, which records
 * every request, decision, refusal and closure as it happens.
 */
@Service
public class OccupancyStatistics {

    /** The longest range a summary covers: a year and a day. */
    public static final int MAX_DAYS = 366;

    private final EntityManager entityManager;
    private final Clock clock;

    OccupancyStatistics(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Moves asked for, approved (by a manager or by a floor's rule), denied, and check-ins refused at the cap. */
    public record MoveSummary(long requested, long approved, long autoApproved, long denied, long capRefusals) {
    }

    /** One closure of a floor: when, why, by whom, and for how long (until now when still closed). */
    public record Closure(String floorName, Instant closedAt, Instant reopenedAt, Duration duration, String reason) {

        public boolean stillClosed() {
            return reopenedAt == null;
        }
    }

    @PreAuthorize("hasAnyRole('SITE_MANAGER','AUDITOR','ADMIN')")
    @Transactional(readOnly = true)
    public MoveSummary moves(long siteId, LocalDate from, LocalDate to) {
        CurrentUser.checkSite(siteId);
        Instant[] range = range(siteId, from, to);
        Map<MovementKind, Long> counts = new EnumMap<>(MovementKind.class);
        entityManager.createQuery("select m.kind, count(m) from Movement m where m.siteId = :site and m.at >= :from"
                        + " and m.at < :to and m.kind in :kinds group by m.kind", Object[].class)
                .setParameter("site", siteId).setParameter("from", range[0]).setParameter("to", range[1])
                .setParameter("kinds", List.of(MovementKind.REQUESTED, MovementKind.APPROVED,
                        MovementKind.AUTO_APPROVED, MovementKind.DENIED, MovementKind.CAP_REFUSED))
                .getResultList()
                .forEach(row -> counts.put((MovementKind) row[0], (Long) row[1]));
        long approved = counts.getOrDefault(MovementKind.APPROVED, 0L);
        long automatic = counts.getOrDefault(MovementKind.AUTO_APPROVED, 0L);
        return new MoveSummary(counts.getOrDefault(MovementKind.REQUESTED, 0L), approved + automatic, automatic,
                counts.getOrDefault(MovementKind.DENIED, 0L), counts.getOrDefault(MovementKind.CAP_REFUSED, 0L));
    }

    /**
     * The closures that overlap the range, oldest first: each closure paired with the floor's next
     * reopening; the part of a closure outside the range does not count in its duration.
     */
    @PreAuthorize("hasAnyRole('SITE_MANAGER','AUDITOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<Closure> closures(long siteId, LocalDate from, LocalDate to) {
        CurrentUser.checkSite(siteId);
        Instant[] range = range(siteId, from, to);
        Instant end = range[1].isBefore(clock.instant()) ? range[1] : clock.instant();
        List<Movement> lines = entityManager.createQuery("select m from Movement m where m.siteId = :site"
                        + " and m.at < :to and m.kind in :kinds order by m.at, m.id", Movement.class)
                .setParameter("site", siteId).setParameter("to", range[1])
                .setParameter("kinds", List.of(MovementKind.FLOOR_CLOSED, MovementKind.FLOOR_REOPENED))
                .getResultList();
        Map<Long, Movement> open = new HashMap<>();
        List<Closure> closures = new ArrayList<>();
        for (Movement line : lines) {
            if (line.getKind() == MovementKind.FLOOR_CLOSED) {
                open.put(line.getToFloorId(), line);
            } else {
                Movement closed = open.remove(line.getToFloorId());
                if (closed != null && line.getAt().isAfter(range[0])) {
                    closures.add(closure(closed, line.getAt(), range[0], line.getAt()));
                }
            }
        }
        open.values().stream().filter(closed -> closed.getAt().isBefore(end))
                .forEach(closed -> closures.add(closure(closed, null, range[0], end)));
        closures.sort((a, b) -> a.closedAt().compareTo(b.closedAt()));
        return closures;
    }

    private static Closure closure(Movement closed, Instant reopenedAt, Instant rangeStart, Instant countUntil) {
        Instant start = closed.getAt().isBefore(rangeStart) ? rangeStart : closed.getAt();
        return new Closure(closed.getToFloorName(), closed.getAt(), reopenedAt, Duration.between(start, countUntil),
                closed.getDetail());
    }

    /** From the start of {@code from} to the end of {@code to}, in the site's time zone. */
    private Instant[] range(long siteId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainException("compliance.error.range");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new DomainException("compliance.error.range-too-long", MAX_DAYS);
        }
        Site site = entityManager.find(Site.class, siteId);
        ZoneId zone = site.zoneId();
        return new Instant[] {from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant()};
    }
}
