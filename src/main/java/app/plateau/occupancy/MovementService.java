package app.plateau.occupancy;

import app.plateau.base.Checks;
import app.plateau.base.Csv;
import app.plateau.base.DomainException;
import app.plateau.base.Messages;
import app.plateau.base.NotFoundException;
import app.plateau.base.Sorting;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.WorkingPeriod;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The movement journal as people read it. Site managers, administrators and auditors read a whole
 * site's; anyone else who is a person of the site (an agent, a team lead) reads only their own
 * lines. The same check guards the screen and the CSV export.
 */
@Service
public class MovementService {

    /** The longest period one query or export may cover. */
    public static final int MAX_DAYS = 31;
    /** The longest name fragment a person filter takes. */
    public static final int PERSON_FILTER_MAX = 100;
    private static final String TIME_COLUMN = "history.csv.time";
    /**
     * The export's columns, as message keys: the grid shows the same but the time of day only. The
     * first, the moment, also names the site's zone ({@link Csv#timeColumn}).
     */
    public static final List<String> CSV_HEADER = List.of(TIME_COLUMN, "history.column.kind",
            "history.column.person", "history.column.from", "history.column.to", "history.column.actor",
            "history.column.detail");

    /**
     * Lines per page of an export. H2 reads every line from the cursor to the end of the range for
     * each page before it keeps the first ones, so few large pages beat many small ones: a month of
     * a 3,000-person site (140,000 lines) took 10 s in pages of 500 (see docs/benchmarks.md).
     */
    static final int EXPORT_PAGE = 5000;
    private final MovementRepository movements;
    private final EntityManager entityManager;
    private final SiteService sites;
    private final Clock clock;

    MovementService(MovementRepository movements, EntityManager entityManager, SiteService sites, Clock clock) {
        this.sites = sites;
        this.clock = clock;
        this.movements = movements;
        this.entityManager = entityManager;
    }

    /** What the caller may read: a site's whole journal or their own lines, in the site's time zone. */
    public record Scope(long siteId, String siteName, ZoneId zone, Long personId) {

        /** Whether only the caller's own lines are shown (an agent or a team lead). */
        public boolean ownOnly() {
            return personId != null;
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Scope scope(Long siteId) {
        return scopeOf(siteId);
    }

    /** A page of lines, newest first unless the page asks for another order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Movement> page(MovementFilter filter, Pageable pageable) {
        Query query = resolve(filter);
        return movements.search(query.siteId(), query.since(), query.until(), query.personId(), query.floorId(),
                query.text(), Sorting.or(pageable, Sort.by(Sort.Direction.DESC, "at")));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(MovementFilter filter) {
        Query query = resolve(filter);
        return movements.countSearch(query.siteId(), query.since(), query.until(), query.personId(),
                query.floorId(), query.text());
    }

    /**
     * Writes the lines as CSV for spreadsheets, oldest first, with a header in the reader's
     * language and times of the site's zone with their offset ({@link Csv#TIME}). Reads and writes a page at a time and
     * flushes each, so a day of a large site never sits whole in memory. The stream stays open:
     * it belongs to the caller. Returns the number of lines written.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long writeCsv(MovementFilter filter, Locale locale, OutputStream out) throws IOException {
        Query query = resolve(filter);
        Csv csv = Csv.on(out);
        csv.row(CSV_HEADER.stream().map(key -> key.equals(TIME_COLUMN) ? Csv.timeColumn(locale, key, query.zone())
                : Messages.get(locale, key)).toArray());
        Instant afterAt = query.since();
        long afterId = -1;
        long written = 0;
        List<Movement> page;
        do {
            page = movements.after(query.siteId(), query.since(), query.until(), query.personId(), query.floorId(),
                    query.text(), afterAt, afterId, PageRequest.of(0, EXPORT_PAGE));
            for (Movement movement : page) {
                csv.row(row(movement, query.zone(), locale));
            }
            written += page.size();
            if (!page.isEmpty()) {
                Movement last = page.get(page.size() - 1);
                afterAt = last.getAt();
                afterId = last.getId();
            }
            // The lines are written: let them go, so memory holds one page whatever the day's size.
            page.forEach(entityManager::detach);
            csv.flush();
        } while (page.size() == EXPORT_PAGE);
        return written;
    }

    private static Object[] row(Movement movement, ZoneId zone, Locale locale) {
        return new Object[] {
                movement.getAt().atZone(zone),
                Messages.get(locale, movement.getKind().messageKey()),
                movement.getPersonName(),
                movement.getFromFloorName(),
                movement.getToFloorName(),
                MovementWording.actor(movement, locale),
                MovementWording.detail(movement, locale)};
    }

    private Query resolve(MovementFilter filter) {
        Scope scope = scopeOf(filter.siteId());
        LocalDate from = Checks.required(filter.from(), "history.day");
        LocalDate to = filter.to() == null ? from : filter.to();
        if (to.isBefore(from)) {
            throw new DomainException("history.error.range-order");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new DomainException("history.error.range-too-long", MAX_DAYS);
        }
        String text = Checks.filter(Checks.optionalText(filter.person(), PERSON_FILTER_MAX, "history.person"));
        if (filter.currentPeriod()) {
            WorkingPeriod period = sites.workingPeriod(scope.siteId(), clock.instant());
            return new Query(scope.siteId(), scope.zone(), period.start(), period.end(), scope.personId(),
                    filter.floorId(), text);
        }
        return new Query(scope.siteId(), scope.zone(), from.atStartOfDay(scope.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(scope.zone()).toInstant(), scope.personId(), filter.floorId(), text);
    }

    private Scope scopeOf(Long requestedSiteId) {
        PlateauUser user = CurrentUser.get();
        boolean wholeSite = user.has(Role.SITE_MANAGER) || user.has(Role.ADMIN) || user.has(Role.AUDITOR);
        if (!wholeSite && user.personId() == null) {
            throw new AccessDeniedException(user + " reads no site journal and has no lines of their own");
        }
        Long siteId = CurrentUser.scopeSite(requestedSiteId);
        if (siteId == null) {
            throw new DomainException("history.error.no-site");
        }
        Site site = entityManager.find(Site.class, siteId);
        if (site == null) {
            throw new NotFoundException();
        }
        return new Scope(site.getId(), site.getName(), site.zoneId(), wholeSite ? null : user.personId());
    }

    private record Query(long siteId, ZoneId zone, Instant since, Instant until, Long personId, Long floorId,
            String text) {
    }
}
