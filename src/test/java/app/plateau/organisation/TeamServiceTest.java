package app.plateau.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.security.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@Tag("mariadb")
class TeamServiceTest extends SignedInServiceTest {

    @Autowired
    private TeamService teams;
    @Autowired
    private PersonService people;

    private long teamsOf(TestSite site) {
        return Fixtures.asSystem(() -> teams.count(site.site().getId(), ""));
    }

    @Test
    void team_names_are_unique_on_a_site_whatever_their_case_but_free_on_another_site() {
        TestSite other = fixtures.site();
        String name = testSite.team().getName();
        signIn(testSite.username(Role.ADMIN));

        assertRefused(() -> teams.save(new Team(testSite.site(), name.toUpperCase())), "team.error.name-taken");
        assertThat(teamsOf(testSite)).isEqualTo(1);
        signIn(other.username(Role.ADMIN));
        teams.save(new Team(other.site(), name));
        assertThat(teamsOf(other)).isEqualTo(2);
    }

    @Test
    void a_lead_from_another_site_is_refused() {
        TestSite other = fixtures.site();
        signIn(testSite.username(Role.ADMIN));
        Team team = new Team(testSite.site(), "Équipe Relance");
        team.setLead(other.lead());

        assertRefused(() -> teams.save(team), "team.error.lead-other-site");
        assertThat(teamsOf(testSite)).isEqualTo(1);
    }

    @Test
    void a_home_floor_from_another_site_is_refused() {
        TestSite other = fixtures.site();
        signIn(testSite.username(Role.ADMIN));
        Team team = teams.get(testSite.team().getId());
        team.setHomeFloor(other.floor2());

        assertRefused(() -> teams.save(team), "team.error.floor-other-site");
        assertThat(teams.get(team.getId()).getHomeFloor()).isEqualTo(testSite.floor1());
    }

    @Test
    void an_inactive_person_cannot_lead_a_team() {
        signIn(testSite.username(Role.ADMIN));
        Person leaver = fixtures.person(testSite.site(), "L-1", "Karim Parti", null, null);
        leaver.setActive(false);
        people.save(leaver);
        Team team = new Team(testSite.site(), "Équipe Soir");
        team.setLead(leaver);

        assertRefused(() -> teams.save(team), "team.error.lead-inactive");
        assertThat(teamsOf(testSite)).isEqualTo(1);
    }

    @Test
    void a_new_lead_and_home_floor_of_the_site_are_kept() {
        signIn(testSite.username(Role.ADMIN));
        Team team = teams.get(testSite.team().getId());
        team.setLead(testSite.agent());
        team.setHomeFloor(testSite.floor2());
        teams.save(team);

        Team stored = teams.get(team.getId());
        assertThat(stored.getLead()).isEqualTo(testSite.agent());
        assertThat(stored.getHomeFloor()).isEqualTo(testSite.floor2());
    }

    @Test
    void a_team_with_members_cannot_be_deleted_but_an_empty_one_can() {
        signIn(testSite.username(Role.ADMIN));
        Team empty = teams.save(new Team(testSite.site(), "Équipe Vide"));

        assertRefused(() -> teams.delete(testSite.team().getId()), "team.error.has-members");
        teams.delete(empty.getId());
        assertThat(teams.listBySite(testSite.site().getId())).containsExactly(testSite.team());
    }

    @Test
    void the_administrator_or_manager_of_another_site_cannot_touch_its_teams() {
        TestSite other = fixtures.site();
        signIn(other.username(Role.ADMIN));
        assertDenied(() -> teams.save(new Team(testSite.site(), "Équipe Intruse")));
        assertDenied(() -> teams.get(testSite.team().getId()));
        assertDenied(() -> teams.delete(testSite.team().getId()));

        signIn(other.username(Role.SITE_MANAGER));
        assertDenied(() -> teams.page(testSite.site().getId(), "", PageRequest.of(0, 20)));
        assertThat(teamsOf(testSite)).isEqualTo(1);
    }

    @Test
    void an_agent_cannot_create_or_delete_a_team() {
        signIn(testSite.username(Role.AGENT));

        assertDenied(() -> teams.save(new Team(testSite.site(), "Équipe Agent")));
        assertDenied(() -> teams.delete(testSite.team().getId()));
        assertThat(teamsOf(testSite)).isEqualTo(1);
    }
}
