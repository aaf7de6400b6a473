package app.plateau.occupancy;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.organisation.Person;
import app.plateau.organisation.WorkMode;
import app.plateau.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lead's team now, as their start page reads it. */
class PresenceServiceTest extends SignedInServiceTest {

    @Autowired
    PresenceService presence;

    @Test
    void a_lead_reads_their_team_by_name_with_who_is_on_which_floor_and_without_themselves() {
        Person second = fixtures.person(testSite.site(), Fixtures.unique("m"), "Amal Deux", testSite.team(),
                testSite.floor1());
        signIn(testSite.username(Role.TEAM_LEAD));
        presence.checkIn(testSite.agent().getId(), testSite.floor2().getId());

        assertThat(presence.myTeam()).extracting(TeamMember::fullName)
                .containsExactly(second.getFullName(), testSite.agent().getFullName());
        assertThat(presence.myTeam()).filteredOn(TeamMember::present).singleElement().satisfies(member -> {
            assertThat(member.personId()).isEqualTo(testSite.agent().getId());
            assertThat(member.floorName()).isEqualTo("Plateau 2");
            assertThat(member.since()).isNotNull();
            assertThat(member.workMode()).isEqualTo(WorkMode.ON_SITE);
        });
    }

    @Test
    void a_lead_of_another_site_reads_only_their_own_team() {
        TestSite other = fixtures.site();
        signIn(other.username(Role.TEAM_LEAD));
        assertThat(presence.myTeam()).extracting(TeamMember::personId).containsExactly(other.agent().getId());
    }

    @Test
    void other_roles_have_no_team_to_read() {
        for (Role role : new Role[] {Role.AGENT, Role.SITE_MANAGER, Role.HEALTH_OFFICER, Role.ADMIN}) {
            signIn(testSite.username(role));
            assertDenied(() -> presence.myTeam());
        }
    }
}
