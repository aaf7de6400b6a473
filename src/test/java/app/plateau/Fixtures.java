package app.plateau;

import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.Team;
import app.plateau.organisation.TeamService;
import app.plateau.security.AccountService;
import app.plateau.security.AccountService.AccountDraft;
import app.plateau.security.CurrentUser;
import app.plateau.security.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Builds a fresh site for a test: two floors, a team with its lead and an agent, and one account
 * per role. Names are unique, so tests that share a database never see each other's data.
 */
@Component
public class Fixtures {

    public static final String PASSWORD = "Secret-pass-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** One test site and the usernames of its accounts, by role. */
    public record TestSite(Site site, Floor floor1, Floor floor2, Team team, Person lead, Person agent,
            Map<Role, String> usernames) {

        public String username(Role role) {
            return usernames.get(role);
        }
    }

    private final SiteService sites;
    private final FloorService floors;
    private final TeamService teams;
    private final PersonService people;
    private final AccountService accounts;

    Fixtures(SiteService sites, FloorService floors, TeamService teams, PersonService people,
            AccountService accounts) {
        this.sites = sites;
        this.floors = floors;
        this.teams = teams;
        this.people = people;
        this.accounts = accounts;
    }

    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
    }

    public TestSite site() {
        return asSystem(() -> {
            String token = unique("t").toLowerCase();
            Site site = sites.save(new Site("Site " + token, "Rabat"));
            Floor floor1 = floors.save(new Floor(site, "Plateau 1", 1, 40, 20));
            Floor floor2 = floors.save(new Floor(site, "Plateau 2", 2, 60, 30));
            Team team = new Team(site, "Équipe " + token);
            team.setHomeFloor(floor1);
            team = teams.save(team);
            Person lead = person(site, token + "-L", "Nadia Lead " + token, team, floor1);
            team.setLead(lead);
            team = teams.save(team);
            Person agent = person(site, token + "-A", "Youssef Agent " + token, team, floor1);
            Map<Role, String> usernames = Map.of(
                    Role.AGENT, token + "-agent",
                    Role.TEAM_LEAD, token + "-lead",
                    Role.SITE_MANAGER, token + "-manager",
                    Role.HEALTH_OFFICER, token + "-health",
                    Role.AUDITOR, token + "-auditor",
                    Role.ADMIN, token + "-admin");
            accounts.create(new AccountDraft(usernames.get(Role.AGENT), agent.getFullName(), site.getId(),
                    agent.getId(), EnumSet.of(Role.AGENT)), PASSWORD);
            accounts.create(new AccountDraft(usernames.get(Role.TEAM_LEAD), lead.getFullName(), site.getId(),
                    lead.getId(), EnumSet.of(Role.TEAM_LEAD, Role.AGENT)), PASSWORD);
            for (Role role : EnumSet.of(Role.SITE_MANAGER, Role.HEALTH_OFFICER, Role.AUDITOR, Role.ADMIN)) {
                accounts.create(new AccountDraft(usernames.get(role), role.name() + " " + token, site.getId(), null,
                        EnumSet.of(role)), PASSWORD);
            }
            return new TestSite(site, floor1, floor2, team, lead, agent, usernames);
        });
    }

    /** A global administrator's account (no site). */
    public String globalAdmin() {
        return asSystem(() -> {
            String username = unique("global").toLowerCase();
            accounts.create(new AccountDraft(username, "Global " + username, null, null, EnumSet.of(Role.ADMIN)),
                    PASSWORD);
            return username;
        });
    }

    public Person person(Site site, String number, String name, Team team, Floor floor) {
        return asSystem(() -> {
            Person person = new Person(site, number, name);
            person.setTeam(team);
            person.setHomeFloor(floor);
            return people.save(person);
        });
    }

    /** Runs set-up work as the system, restoring whoever was signed in. */
    public static <T> T asSystem(Supplier<T> work) {
        return CurrentUser.asSystem(work);
    }
}
