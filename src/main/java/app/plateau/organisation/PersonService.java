package app.plateau.organisation;

import app.plateau.base.Checks;
import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.base.Sorting;
import app.plateau.security.AccountService;
import app.plateau.security.CurrentUser;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of a site. Managers, leads, health officers and auditors read them; administrators change them. */
@Service
public class PersonService {

    private static final String READERS =
            "hasAnyRole('ADMIN','SITE_MANAGER','TEAM_LEAD','HEALTH_OFFICER','AUDITOR')";

    private final PersonRepository people;
    private final TeamRepository teams;
    private final FloorRepository floors;
    private final AccountService accounts;

    PersonService(PersonRepository people, TeamRepository teams, FloorRepository floors, AccountService accounts) {
        this.people = people;
        this.teams = teams;
        this.floors = floors;
        this.accounts = accounts;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Person> page(long siteId, Long teamId, String text, Pageable pageable) {
        CurrentUser.checkSite(siteId);
        return people.search(siteId, teamId, Checks.filter(text), Sorting.or(pageable, "fullName"));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long count(long siteId, Long teamId, String text) {
        CurrentUser.checkSite(siteId);
        return people.countSearch(siteId, teamId, Checks.filter(text));
    }

    /**
     * How the site's active people work: the evidence of the charter's telework band (40 to 80 % of
     * positions). A hybrid person counts as half a position given to telework.
     */
    public record WorkModes(long onSite, long hybrid, long telework) {

        public long total() {
            return onSite + hybrid + telework;
        }

        /** The share of positions given to telework, in per cent; {@code null} for a site without people. */
        public Double teleworkPercent() {
            return total() == 0 ? null : (telework + hybrid / 2.0) * 100.0 / total();
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN','SITE_MANAGER','AUDITOR')")
    @Transactional(readOnly = true)
    public WorkModes workModes(long siteId) {
        CurrentUser.checkSite(siteId);
        Map<WorkMode, Long> counts = new EnumMap<>(WorkMode.class);
        people.countActiveByWorkMode(siteId).forEach(row -> counts.put((WorkMode) row[0], (Long) row[1]));
        return new WorkModes(counts.getOrDefault(WorkMode.ON_SITE, 0L), counts.getOrDefault(WorkMode.HYBRID, 0L),
                counts.getOrDefault(WorkMode.TELEWORK, 0L));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Person get(long id) {
        Person person = people.findDetailedById(id).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(person.getSite().getId());
        return person;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Person save(Person person) {
        Long siteId = Checks.required(person.getSite(), "person.site").getId();
        CurrentUser.checkSite(siteId);
        if (person.getId() != null) {
            Person stored = people.findById(person.getId()).orElseThrow(NotFoundException::new);
            if (!stored.getSite().getId().equals(siteId)) {
                throw new NotFoundException();
            }
        }
        validate(person);
        boolean taken = person.getId() == null
                ? people.existsBySiteIdAndEmployeeNumberIgnoreCase(siteId, person.getEmployeeNumber())
                : people.existsBySiteIdAndEmployeeNumberIgnoreCaseAndIdNot(siteId, person.getEmployeeNumber(),
                        person.getId());
        if (taken) {
            throw new DomainException("person.error.number-taken", person.getEmployeeNumber()).onField("employeeNumber");
        }
        if (person.getTeam() != null) {
            Team team = teams.findById(person.getTeam().getId()).orElseThrow(NotFoundException::new);
            if (!team.getSite().getId().equals(siteId)) {
                throw new DomainException("person.error.team-other-site", team.getName());
            }
        }
        if (person.getHomeFloor() != null) {
            Floor floor = floors.findById(person.getHomeFloor().getId()).orElseThrow(NotFoundException::new);
            if (!floor.getSite().getId().equals(siteId)) {
                throw new DomainException("person.error.floor-other-site", floor.getName());
            }
        }
        if (person.getId() != null && !person.isActive() && teams.existsByLeadId(person.getId())) {
            throw new DomainException("person.error.inactive-lead", person.getFullName());
        }
        return people.save(person);
    }

    /** The field rules shared by the form and the roster import. */
    static void validate(Person person) {
        person.setEmployeeNumber(Checks.text(person.getEmployeeNumber(), Person.NUMBER_MAX, "person.employee-number"));
        if (!person.getEmployeeNumber().matches(Person.NUMBER_PATTERN)) {
            throw new DomainException("person.error.number-pattern", person.getEmployeeNumber());
        }
        person.setFullName(Checks.text(person.getFullName(), Person.NAME_MAX, "person.full-name"));
        person.setEmail(Checks.optionalText(person.getEmail(), Person.EMAIL_MAX, "person.email"));
        if (person.getEmail() != null && !person.getEmail().matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+")) {
            throw new DomainException("person.error.email", person.getEmail());
        }
        person.setPhone(Checks.optionalText(person.getPhone(), Person.PHONE_MAX, "person.phone"));
        if (person.getPhone() != null && !person.getPhone().matches(Person.PHONE_PATTERN)) {
            throw new DomainException("person.error.phone", person.getPhone());
        }
        Checks.required(person.getWorkMode(), "person.work-mode");
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id) {
        Person person = people.findById(id).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(person.getSite().getId());
        if (teams.existsByLeadId(id)) {
            throw new DomainException("person.error.leads-team", person.getFullName());
        }
        if (accounts.existsForPerson(id)) {
            throw new DomainException("person.error.has-account", person.getFullName());
        }
        people.delete(person);
    }
}
