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
class FloorServiceTest extends SignedInServiceTest {

    @Autowired
    private app.plateau.occupancy.PresenceService presence;

    @Autowired
    private FloorService floors;

    private long floorsOf(TestSite site) {
        return Fixtures.asSystem(() -> floors.count(site.site().getId(), ""));
    }

    @Test
    void floor_names_are_unique_on_a_site_whatever_their_case_but_free_on_another_site() {
        TestSite other = fixtures.site();
        signIn(testSite.username(Role.ADMIN));
        floors.save(new Floor(testSite.site(), "Plateau Nord", 3, 30, 15));

        assertRefused(() -> floors.save(new Floor(testSite.site(), "PLATEAU NORD", 4, 30, 15)),
                "floor.error.name-taken");
        assertThat(floorsOf(testSite)).isEqualTo(3);
        signIn(other.username(Role.ADMIN));
        floors.save(new Floor(other.site(), "plateau nord", 3, 30, 15));
        assertThat(floorsOf(other)).isEqualTo(3);
    }

    @Test
    void a_cap_above_the_positions_is_refused_and_the_stored_floor_is_unchanged() {
        signIn(testSite.username(Role.ADMIN));
        Floor floor = floors.get(testSite.floor1().getId());
        floor.setSanitaryCap(41);

        assertRefused(() -> floors.save(floor), "floor.error.cap-above-positions");
        assertRefused(() -> floors.save(new Floor(testSite.site(), "Plateau 3", 3, 10, 11)),
                "floor.error.cap-above-positions");
        assertThat(floors.get(floor.getId()).getSanitaryCap()).isEqualTo(20);
        assertThat(floorsOf(testSite)).isEqualTo(2);
    }

    @Test
    void a_cap_below_the_people_present_is_refused_so_presence_never_exceeds_it() {
        signIn(testSite.username(Role.SITE_MANAGER));
        presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        presence.checkIn(testSite.lead().getId(), testSite.floor1().getId());
        signIn(testSite.username(Role.ADMIN));
        Floor floor = floors.get(testSite.floor1().getId());
        floor.setSanitaryCap(1);

        assertRefused(() -> floors.save(floor), "floor.error.cap-below-presence");
        assertThat(floors.get(floor.getId()).getSanitaryCap()).isEqualTo(20);
        floor.setSanitaryCap(2);
        assertThat(floors.save(floor).getSanitaryCap()).isEqualTo(2);
    }

    @Test
    void negative_numbers_and_numbers_above_the_maximum_are_refused() {
        signIn(testSite.username(Role.ADMIN));

        assertRefused(() -> floors.save(new Floor(testSite.site(), "P-1", 3, -1, 0)), "error.range");
        assertRefused(() -> floors.save(new Floor(testSite.site(), "P-2", 3, 10, -1)), "error.range");
        assertRefused(() -> floors.save(new Floor(testSite.site(), "P-3", 3, Floor.POSITIONS_MAX + 1, 10)),
                "error.range");
        assertRefused(() -> floors.save(new Floor(testSite.site(), "P-4", Floor.LEVEL_MAX + 1, 10, 5)),
                "error.range");
        assertThat(floorsOf(testSite)).isEqualTo(2);
    }

    @Test
    void a_floor_still_home_to_a_team_or_people_cannot_be_deleted_but_an_unused_one_can() {
        signIn(testSite.username(Role.ADMIN));

        assertRefused(() -> floors.delete(testSite.floor1().getId()), "floor.error.in-use");
        floors.delete(testSite.floor2().getId());
        assertThat(floors.listBySite(testSite.site().getId())).containsExactly(testSite.floor1());
    }

    @Test
    void the_administrator_or_manager_of_another_site_cannot_touch_its_floors() {
        TestSite other = fixtures.site();
        signIn(other.username(Role.ADMIN));
        assertDenied(() -> floors.save(new Floor(testSite.site(), "Intrus", 5, 10, 5)));
        assertDenied(() -> floors.delete(testSite.floor2().getId()));
        assertDenied(() -> floors.get(testSite.floor1().getId()));

        signIn(other.username(Role.SITE_MANAGER));
        assertDenied(() -> floors.page(testSite.site().getId(), "", PageRequest.of(0, 20)));
        assertDenied(() -> floors.listBySite(testSite.site().getId()));
        assertThat(floorsOf(testSite)).isEqualTo(2);
    }

    @Test
    void an_agent_reads_the_floors_of_their_site_but_cannot_change_them() {
        signIn(testSite.username(Role.AGENT));

        assertThat(floors.listBySite(testSite.site().getId())).hasSize(2);
        assertDenied(() -> floors.save(new Floor(testSite.site(), "Plateau 3", 3, 10, 5)));
        assertDenied(() -> floors.delete(testSite.floor2().getId()));
        assertThat(floorsOf(testSite)).isEqualTo(2);
    }
}
