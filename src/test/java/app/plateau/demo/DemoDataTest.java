package app.plateau.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.plateau.Signing;
import app.plateau.occupancy.FloorLoad;
import app.plateau.occupancy.PresenceService;
import app.plateau.transfer.TransferService;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.TeamService;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo site a newcomer meets on the first {@code ./mvnw}, in a database of its own. */
@SpringBootTest(properties = {
    "plateau.demo-data=true",
    "spring.datasource.url=jdbc:h2:mem:plateau-demo;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"
})
class DemoDataTest {

    @Autowired
    private DemoData demoData;
    @Autowired
    private SiteService sites;
    @Autowired
    private FloorService floors;
    @Autowired
    private TeamService teams;
    @Autowired
    private PersonService people;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private PresenceService presence;
    @Autowired
    private TransferService transfers;

    @AfterEach
    void signOut() {
        Signing.signOut();
    }

    @Test
    void the_demo_site_has_six_floors_capped_at_about_half_twelve_teams_and_240_agents() {
        Signing.signIn(users, "manager");
        Site site = sites.accessible().get(0);
        assertThat(site.getName()).isEqualTo("Casablanca Sidi Maârouf");
        assertThat(site.getTimeZone()).isEqualTo("Africa/Casablanca");

        List<Floor> floorList = floors.listBySite(site.getId());
        assertThat(floorList).hasSize(6);
        assertThat(floorList).allSatisfy(floor -> {
            assertThat(floor.getPositions()).isBetween(40, 80);
            assertThat(floor.getSanitaryCap()).isEqualTo(floor.getPositions() / 2);
        });
        assertThat(teams.listBySite(site.getId())).hasSize(12)
                .allSatisfy(team -> assertThat(team.getLead()).isNotNull());
        // 12 teams of 20 agents, their 12 leads, the manager and the health officer
        assertThat(people.count(site.getId(), null, "")).isEqualTo(240 + 12 + 2);
    }

    @Test
    void the_demo_floors_are_partly_occupied_plateau_4_is_full_and_two_moves_wait_for_the_manager() {
        Signing.signIn(users, "manager");
        Site site = sites.accessible().get(0);
        List<FloorLoad> loads = presence.loads(site.getId());
        assertThat(loads).extracting(FloorLoad::name, FloorLoad::held, FloorLoad::cap).containsExactly(
                tuple("Plateau 1", 18, 30), tuple("Plateau 2", 19, 24), tuple("Plateau 3", 20, 40),
                tuple("Plateau 4", 36, 36), tuple("Plateau 5", 14, 20), tuple("Plateau 6", 13, 32));
        assertThat(transfers.countPending(site.getId())).isEqualTo(2);
        Signing.signIn(users, "agent");
        assertThat(presence.whereIs(users.loadUserByUsername("agent").personId())).isEmpty();
    }

    @Test
    void every_demo_account_signs_in_with_the_documented_password_and_its_role() {
        assertRole("agent", Role.AGENT);
        assertRole("lead", Role.TEAM_LEAD);
        assertRole("manager", Role.SITE_MANAGER);
        assertRole("health", Role.HEALTH_OFFICER);
        assertRole("auditor", Role.AUDITOR);
        assertRole("admin", Role.ADMIN);
        assertThat(users.loadUserByUsername("admin").isGlobalAdmin()).isTrue();
    }

    @Test
    void starting_again_seeds_nothing_twice() throws Exception {
        demoData.run(null);
        Signing.signIn(users, "admin");
        assertThat(sites.count("")).isEqualTo(1);
    }

    private void assertRole(String username, Role role) {
        PlateauUser user = users.loadUserByUsername(username);
        assertThat(passwordEncoder.matches("demo", user.getPassword())).as(username).isTrue();
        assertThat(user.roles()).as(username).contains(role);
        assertThat(user.isEnabled() && user.isAccountNonLocked()).as(username).isTrue();
    }
}
