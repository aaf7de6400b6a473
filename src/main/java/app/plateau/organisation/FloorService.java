package app.plateau.organisation;

import app.plateau.base.Checks;
import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.base.Sorting;
import app.plateau.security.CurrentUser;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Floors and their sanitary caps. Everyone at a site reads them; administrators change them. */
@Service
public class FloorService {

    private final FloorRepository floors;
    private final SiteRepository sites;
    private final TeamRepository teams;
    private final PersonRepository people;

    private final ApplicationEventPublisher events;
    private final FloorOccupancy occupancy;

    FloorService(FloorRepository floors, SiteRepository sites, TeamRepository teams, PersonRepository people,
            ApplicationEventPublisher events, FloorOccupancy occupancy) {
        this.occupancy = occupancy;
        this.floors = floors;
        this.sites = sites;
        this.teams = teams;
        this.people = people;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Floor> page(long siteId, String text, Pageable pageable) {
        CurrentUser.checkSite(siteId);
        return floors.search(siteId, Checks.filter(text), Sorting.or(pageable, "level", "name"));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(long siteId, String text) {
        CurrentUser.checkSite(siteId);
        return floors.countSearch(siteId, Checks.filter(text));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Floor> listBySite(long siteId) {
        CurrentUser.checkSite(siteId);
        return floors.findBySiteIdOrderByLevelAscNameAsc(siteId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Floor get(long id) {
        Floor floor = floors.findById(id).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(floor.getSite().getId());
        return floor;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Floor save(Floor floor) {
        Long siteId = Checks.required(floor.getSite(), "floor.site").getId();
        CurrentUser.checkSite(siteId);
        if (floor.getId() != null) {
            Floor stored = floors.findById(floor.getId()).orElseThrow(NotFoundException::new);
            if (!stored.getSite().getId().equals(siteId)) {
                throw new NotFoundException();
            }
        } else if (!sites.existsById(siteId)) {
            throw new NotFoundException();
        }
        floor.setName(Checks.text(floor.getName(), Floor.NAME_MAX, "floor.name"));
        Checks.range(floor.getLevel(), Floor.LEVEL_MIN, Floor.LEVEL_MAX, "floor.level");
        int positions = Checks.range(floor.getPositions(), 0, Floor.POSITIONS_MAX, "floor.positions");
        int cap = Checks.range(floor.getSanitaryCap(), 0, Floor.POSITIONS_MAX, "floor.sanitary-cap");
        if (cap > positions) {
            throw new DomainException("floor.error.cap-above-positions", cap, positions).onField("sanitaryCap");
        }
        if (floor.getId() != null) {
            // Locked until commit: no check-in can slip in between this count and the new cap.
            int taken = occupancy.lockPlacesTaken(floor.getId());
            if (cap < taken) {
                throw new DomainException("floor.error.cap-below-presence", cap, taken).onField("sanitaryCap");
            }
        }
        boolean taken = floor.getId() == null
                ? floors.existsBySiteIdAndNameIgnoreCase(siteId, floor.getName())
                : floors.existsBySiteIdAndNameIgnoreCaseAndIdNot(siteId, floor.getName(), floor.getId());
        if (taken) {
            throw new DomainException("floor.error.name-taken", floor.getName()).onField("name");
        }
        boolean created = floor.getId() == null;
        Floor saved = floors.save(floor);
        if (created) {
            floors.flush();
            events.publishEvent(new FloorCreated(saved.getId(), siteId));
        }
        return saved;
    }

    /** Closes a floor (for disinfection, say): moves to it and check-ins on it are refused with the reason. */
    @PreAuthorize("hasAnyRole('SITE_MANAGER','ADMIN')")
    @Transactional
    public Floor close(long id, String reason) {
        Floor floor = get(id);
        String stripped = Checks.text(reason, Floor.REASON_MAX, "floor.closed-reason");
        if (!floor.isOpen()) {
            throw new DomainException("floor.error.already-closed", floor.getName(), floor.getClosedReason());
        }
        floor.close(stripped);
        events.publishEvent(new FloorClosed(floor.getId(), floor.getSite().getId(), floor.getName(), stripped,
                CurrentUser.get().displayName()));
        return floor;
    }

    @PreAuthorize("hasAnyRole('SITE_MANAGER','ADMIN')")
    @Transactional
    public Floor reopen(long id) {
        Floor floor = get(id);
        if (floor.isOpen()) {
            throw new DomainException("floor.error.already-open", floor.getName());
        }
        floor.reopen();
        events.publishEvent(new FloorReopened(floor.getId(), floor.getSite().getId(), floor.getName(),
                CurrentUser.get().displayName()));
        return floor;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id) {
        Floor floor = get(id);
        if (teams.existsByHomeFloorId(id) || people.existsByHomeFloorId(id)) {
            throw new DomainException("floor.error.in-use", floor.getName());
        }
        floors.delete(floor);
    }
}
