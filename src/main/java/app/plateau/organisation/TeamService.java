package app.plateau.organisation;

import app.plateau.base.Checks;
import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.base.Sorting;
import app.plateau.security.CurrentUser;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams, their home floor and their lead, all of one site. */
@Service
public class TeamService {

    private final TeamRepository teams;
    private final PersonRepository people;
    private final FloorRepository floors;

    TeamService(TeamRepository teams, PersonRepository people, FloorRepository floors) {
        this.teams = teams;
        this.people = people;
        this.floors = floors;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Team> page(long siteId, String text, Pageable pageable) {
        CurrentUser.checkSite(siteId);
        return teams.search(siteId, Checks.filter(text), Sorting.or(pageable, "name"));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(long siteId, String text) {
        CurrentUser.checkSite(siteId);
        return teams.countSearch(siteId, Checks.filter(text));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Team> listBySite(long siteId) {
        CurrentUser.checkSite(siteId);
        return teams.findBySiteIdOrderByNameAsc(siteId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Team get(long id) {
        Team team = teams.findDetailedById(id).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(team.getSite().getId());
        return team;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Team save(Team team) {
        Long siteId = Checks.required(team.getSite(), "team.site").getId();
        CurrentUser.checkSite(siteId);
        if (team.getId() != null) {
            Team stored = teams.findById(team.getId()).orElseThrow(NotFoundException::new);
            if (!stored.getSite().getId().equals(siteId)) {
                throw new NotFoundException();
            }
        }
        team.setName(Checks.text(team.getName(), Team.NAME_MAX, "team.name"));
        if (team.getHomeFloor() != null) {
            Floor floor = floors.findById(team.getHomeFloor().getId()).orElseThrow(NotFoundException::new);
            if (!floor.getSite().getId().equals(siteId)) {
                throw new DomainException("team.error.floor-other-site", floor.getName());
            }
        }
        if (team.getLead() != null) {
            Person lead = people.findById(team.getLead().getId()).orElseThrow(NotFoundException::new);
            if (!lead.getSite().getId().equals(siteId)) {
                throw new DomainException("team.error.lead-other-site", lead.getFullName());
            }
            if (!lead.isActive()) {
                throw new DomainException("team.error.lead-inactive", lead.getFullName());
            }
        }
        boolean taken = team.getId() == null
                ? teams.existsBySiteIdAndNameIgnoreCase(siteId, team.getName())
                : teams.existsBySiteIdAndNameIgnoreCaseAndIdNot(siteId, team.getName(), team.getId());
        if (taken) {
            throw new DomainException("team.error.name-taken", team.getName()).onField("name");
        }
        return teams.save(team);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id) {
        Team team = get(id);
        if (people.existsByTeamId(id)) {
            throw new DomainException("team.error.has-members", team.getName());
        }
        teams.delete(team);
    }
}
