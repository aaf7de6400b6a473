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
class SiteServiceTest extends SignedInServiceTest {

    @Autowired
    private SiteService sites;

    private long sitesMatching(String text) {
        return Fixtures.asSystem(() -> sites.count(text));
    }

    @Test
    void a_global_administrator_creates_a_site_in_casablanca_time_unless_told_otherwise() {
        signIn(fixtures.globalAdmin());
        String name = Fixtures.unique("Site Agadir ");
        Site saved = sites.save(new Site("  " + name + "  ", "Agadir"));

        Site stored = sites.get(saved.getId());
        assertThat(stored.getName()).isEqualTo(name);
        assertThat(stored.getTimeZone()).isEqualTo("Africa/Casablanca");
    }

    @Test
    void site_names_are_unique_whatever_their_case() {
        signIn(fixtures.globalAdmin());
        String name = Fixtures.unique("Site Oujda ");
        sites.save(new Site(name, "Oujda"));

        assertRefused(() -> sites.save(new Site(name.toUpperCase(), "Oujda")), "site.error.name-taken");
        assertThat(sitesMatching(name)).isEqualTo(1);
    }

    @Test
    void a_blank_name_a_too_long_city_and_an_unknown_time_zone_are_refused() {
        signIn(fixtures.globalAdmin());
        String city = Fixtures.unique("Ville ");

        assertRefused(() -> sites.save(new Site("  ", city)), "error.required");
        assertRefused(() -> sites.save(new Site(Fixtures.unique("Site "), "x".repeat(Site.CITY_MAX + 1))),
                "error.too-long");
        assertRefused(() -> Site.draft().setTimeZone("Mars/Olympus"), "site.error.time-zone");
        assertThat(sitesMatching(city)).isZero();
    }

    @Test
    void a_site_administrator_cannot_create_a_site() {
        signIn(testSite.username(Role.ADMIN));
        String name = Fixtures.unique("Site Pirate ");

        assertDenied(() -> sites.save(new Site(name, "Rabat")));
        assertThat(sitesMatching(name)).isZero();
    }

    @Test
    void a_site_administrator_edits_their_own_site_and_no_other() {
        TestSite other = fixtures.site();
        signIn(testSite.username(Role.ADMIN));
        Site own = sites.get(testSite.site().getId());
        own.setCity("Salé");
        sites.save(own);
        Site foreign = other.site();
        foreign.setCity("Salé");

        assertThat(sites.get(own.getId()).getCity()).isEqualTo("Salé");
        assertDenied(() -> sites.save(foreign));
        assertDenied(() -> sites.get(foreign.getId()));
        assertThat(Fixtures.asSystem(() -> sites.get(foreign.getId())).getCity()).isEqualTo("Rabat");
    }

    @Test
    void a_site_administrator_lists_only_their_own_site() {
        fixtures.site();
        signIn(testSite.username(Role.ADMIN));

        assertThat(sites.page("", PageRequest.of(0, 50))).containsExactly(testSite.site());
        assertThat(sites.accessible()).containsExactly(testSite.site());
    }

    @Test
    void a_manager_cannot_read_another_site_nor_list_sites() {
        TestSite other = fixtures.site();
        signIn(testSite.username(Role.SITE_MANAGER));

        assertThat(sites.get(testSite.site().getId())).isEqualTo(testSite.site());
        assertDenied(() -> sites.get(other.site().getId()));
        assertDenied(() -> sites.page("", PageRequest.of(0, 50)));
    }

    @Test
    void an_agent_cannot_change_their_site() {
        signIn(testSite.username(Role.AGENT));
        Site own = testSite.site();
        own.setName(Fixtures.unique("Renamed "));

        assertDenied(() -> sites.save(own));
        assertThat(sitesMatching(own.getName())).isZero();
    }

    @Test
    void a_site_that_still_has_floors_teams_or_people_cannot_be_deleted() {
        signIn(fixtures.globalAdmin());

        assertRefused(() -> sites.delete(testSite.site().getId()), "site.error.in-use");
        assertThat(sitesMatching(testSite.site().getName())).isEqualTo(1);
    }

    @Test
    void only_a_global_administrator_deletes_an_empty_site() {
        String global = fixtures.globalAdmin();
        signIn(global);
        String name = Fixtures.unique("Site Vide ");
        long id = sites.save(new Site(name, "Meknès")).getId();

        signIn(testSite.username(Role.ADMIN));
        assertDenied(() -> sites.delete(id));
        signIn(global);
        sites.delete(id);
        assertThat(sitesMatching(name)).isZero();
    }
}
