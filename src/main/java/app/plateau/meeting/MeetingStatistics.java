package app.plateau.meeting;

import app.plateau.base.Checks;
import app.plateau.base.NotFoundException;
import app.plateau.organisation.Site;
import app.plateau.security.CurrentUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures about a site's meetings, for its managers, auditors and administrators. */
@Service
public class MeetingStatistics {

    public static final int MAX_WEEKS = 53;

    private final EntityManager entityManager;

    MeetingStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Per ISO week, from the week of {@code fromMonday} (another day counts as its week's Monday) for
     * {@code weeks} weeks: the site's occurrences held virtually (video and phone), held physically
     * (approved requests), and the share held virtually. Occurrences count in the week they start in,
     * on the site's clock; cancelled occurrences, cancelled meetings, requests waiting and denied
     * ones do not count. Each week boundary is turned into an instant in the site's zone, so a change
     * of clock falls where it happened; the counting is then one query over the site's occurrences
     * of the period, read from the index on (site, start, cancelled, meeting). The compliance
     * dashboard reuses it.
     */
    @PreAuthorize("hasAnyRole('SITE_MANAGER','AUDITOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<WeekShare> weeklyShare(Long siteId, LocalDate fromMonday, int weeks) {
        Checks.required(siteId, "common.site");
        CurrentUser.checkSite(siteId);
        Checks.required(fromMonday, "meeting-share.from");
        Checks.range(weeks, 1, MAX_WEEKS, "meeting-share.weeks");
        Site site = entityManager.find(Site.class, siteId);
        if (site == null) {
            throw new NotFoundException();
        }
        ZoneId zone = site.zoneId();
        LocalDate first = fromMonday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Instant> bounds = new ArrayList<>();
        for (int week = 0; week <= weeks; week++) {
            bounds.add(first.plusWeeks(week).atStartOfDay(zone).toInstant());
        }
        // Each occurrence is given its week by a CASE on its start, then counted per week and kind:
        // on MariaDB a third faster than one conditional sum per week and kind (docs/benchmarks.md).
        StringBuilder week = new StringBuilder(weeks == 1 ? "0" : "case");
        for (int i = 1; i < weeks; i++) {
            week.append(" when o.startsAt < :b").append(i).append(" then ").append(i - 1);
        }
        if (weeks > 1) {
            week.append(" else ").append(weeks - 1).append(" end");
        }
        TypedQuery<Object[]> query = entityManager.createQuery("select x.week, x.physical, count(*) from ("
                        + "select " + week + " as week, case when m.mode = :physical then 1 else 0 end as physical"
                        + " from Occurrence o join o.meeting m where o.siteId = :site and o.startsAt >= :b0"
                        + " and o.startsAt < :b" + weeks + " and o.cancelled = false and m.state = :held) x"
                        + " group by x.week, x.physical", Object[].class)
                .setParameter("site", siteId)
                .setParameter("physical", MeetingMode.PHYSICAL)
                .setParameter("held", MeetingState.SCHEDULED);
        for (int i = 0; i <= weeks; i++) {
            query.setParameter("b" + i, bounds.get(i));
        }
        long[][] counts = new long[weeks][2];
        for (Object[] row : query.getResultList()) {
            counts[((Number) row[0]).intValue()][((Number) row[1]).intValue()] = ((Number) row[2]).longValue();
        }
        List<WeekShare> shares = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            shares.add(new WeekShare(first.plusWeeks(i), counts[i][0], counts[i][1]));
        }
        return shares;
    }
}
