package app.plateau.organisation;

import app.plateau.base.Checks;
import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.base.Sorting;
import app.plateau.security.CurrentUser;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sites: a global administrator creates and removes them; a site's own administrator edits it. */
@Service
public class SiteService {

    private final SiteRepository sites;
    private final FloorRepository floors;
    private final TeamRepository teams;
    private final PersonRepository people;

    SiteService(SiteRepository sites, FloorRepository floors, TeamRepository teams, PersonRepository people) {
        this.sites = sites;
        this.floors = floors;
        this.teams = teams;
        this.people = people;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Site> page(String text, Pageable pageable) {
        return sites.search(CurrentUser.scopeSite(null), Checks.filter(text), Sorting.or(pageable, "name"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(String text) {
        return sites.countSearch(CurrentUser.scopeSite(null), Checks.filter(text));
    }

    /** The sites the caller may work with: all for a global administrator, else their own. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Site> accessible() {
        return sites.search(CurrentUser.scopeSite(null), "", PageRequest.of(0, 500, Sort.by("name")));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Site get(long id) {
        Site site = sites.findById(id).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(site.getId());
        return site;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Site save(Site site) {
        if (site.getId() == null && !CurrentUser.get().isGlobalAdmin()) {
            throw new AccessDeniedException("only a global administrator creates sites");
        }
        if (site.getId() != null) {
            CurrentUser.checkSite(site.getId());
        }
        site.setName(Checks.text(site.getName(), Site.NAME_MAX, "site.name"));
        site.setCity(Checks.text(site.getCity(), Site.CITY_MAX, "site.city"));
        site.setTimeZone(Checks.text(site.getTimeZone(), 60, "site.time-zone"));
        Checks.required(site.getDayEnd(), "site.day-end");
        site.setPeriodStarts(site.getPeriodStarts());
        boolean taken = site.getId() == null ? sites.existsByNameIgnoreCase(site.getName())
                : sites.existsByNameIgnoreCaseAndIdNot(site.getName(), site.getId());
        if (taken) {
            throw new DomainException("site.error.name-taken", site.getName()).onField("name");
        }
        return sites.save(site);
    }

    /**
     * The site's working period around an instant: what its screens call "today" (the board, the
     * history's default range) and what the end-of-period check-out closes. A site without period
     * starts works by calendar day, midnight to midnight, in its time zone. Anyone of the site may
     * ask; the system (scheduled jobs) may ask for any site.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public WorkingPeriod workingPeriod(long siteId, Instant at) {
        Site site = sites.findById(siteId).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(site.getId());
        return WorkingPeriod.around(site.periodStartTimes(), site.zoneId(), at);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id) {
        if (!CurrentUser.get().isGlobalAdmin()) {
            throw new AccessDeniedException("only a global administrator removes sites");
        }
        Site site = sites.findById(id).orElseThrow(NotFoundException::new);
        if (floors.existsBySiteId(id) || teams.existsBySiteId(id) || people.existsBySiteId(id)) {
            throw new DomainException("site.error.in-use", site.getName());
        }
        sites.delete(site);
    }
}
