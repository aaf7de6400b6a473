package app.plateau.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.security.Role;
import java.time.Duration;
import java.time.Instant;
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

    @Test
    void a_site_without_period_starts_works_by_calendar_day_from_midnight_to_midnight() {
        signIn(testSite.username(Role.SITE_MANAGER));

        WorkingPeriod period = sites.workingPeriod(testSite.site().getId(), Instant.parse("2026-12-06T23:30:00Z"));

        // Casablanca is at UTC+1 in December: 00:30 on the 7th there.
        assertThat(period).isEqualTo(new WorkingPeriod(Instant.parse("2026-12-06T23:00:00Z"),
                Instant.parse("2026-12-07T23:00:00Z")));
    }

    @Test
    void a_night_shift_runs_across_midnight_until_the_next_shift_starts() {
        long siteId = withPeriodStarts("22:00, 6:00 14h00");
        signIn(testSite.username(Role.AGENT));

        assertThat(sites.get(siteId).getPeriodStarts()).isEqualTo("06:00 14:00 22:00");
        // 02:30 on 7 December in Casablanca: the night shift begun at 22:00 on the 6th.
        assertThat(sites.workingPeriod(siteId, Instant.parse("2026-12-07T01:30:00Z"))).isEqualTo(new WorkingPeriod(
                Instant.parse("2026-12-06T21:00:00Z"), Instant.parse("2026-12-07T05:00:00Z")));
        // 14:00 sharp belongs to the afternoon shift.
        assertThat(sites.workingPeriod(siteId, Instant.parse("2026-12-07T13:00:00Z"))).isEqualTo(new WorkingPeriod(
                Instant.parse("2026-12-07T13:00:00Z"), Instant.parse("2026-12-07T21:00:00Z")));
    }

    @Test
    void a_working_day_that_starts_at_six_runs_until_six_the_next_morning() {
        long siteId = withPeriodStarts("06:00");
        signIn(testSite.username(Role.SITE_MANAGER));

        // 05:59 on 7 December in Casablanca is still the day begun on the 6th.
        assertThat(sites.workingPeriod(siteId, Instant.parse("2026-12-07T04:59:00Z"))).isEqualTo(new WorkingPeriod(
                Instant.parse("2026-12-06T05:00:00Z"), Instant.parse("2026-12-07T05:00:00Z")));
    }

    @Test
    void the_night_shift_lasts_an_hour_more_or_less_when_morocco_changes_its_clocks() {
        long siteId = withPeriodStarts("06:00 22:00");
        signIn(testSite.username(Role.SITE_MANAGER));

        // Ramadan 2026: at 03:00 on 15 February the clocks go back to 02:00 (UTC+1 to UTC).
        WorkingPeriod longNight = sites.workingPeriod(siteId, Instant.parse("2026-02-15T01:30:00Z"));
        assertThat(longNight).isEqualTo(new WorkingPeriod(Instant.parse("2026-02-14T21:00:00Z"),
                Instant.parse("2026-02-15T06:00:00Z")));
        assertThat(Duration.between(longNight.start(), longNight.end())).isEqualTo(Duration.ofHours(9));
        // At 02:00 on 22 March they go forward to 03:00 (UTC to UTC+1).
        WorkingPeriod shortNight = sites.workingPeriod(siteId, Instant.parse("2026-03-22T01:30:00Z"));
        assertThat(shortNight).isEqualTo(new WorkingPeriod(Instant.parse("2026-03-21T22:00:00Z"),
                Instant.parse("2026-03-22T05:00:00Z")));
        assertThat(Duration.between(shortNight.start(), shortNight.end())).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void a_period_start_that_falls_in_the_skipped_hour_starts_when_the_clock_reaches_it() {
        long siteId = withPeriodStarts("02:30");
        signIn(testSite.username(Role.SITE_MANAGER));

        // 02:30 does not exist on 22 March 2026 in Casablanca: the day starts at 03:30 new time.
        assertThat(sites.workingPeriod(siteId, Instant.parse("2026-03-22T12:00:00Z")).start())
                .isEqualTo(Instant.parse("2026-03-22T02:30:00Z"));
    }

    @Test
    void period_starts_that_are_not_times_given_twice_or_too_many_are_refused_and_nothing_is_saved() {
        signIn(testSite.username(Role.ADMIN));
        Site site = sites.get(testSite.site().getId());

        assertRefused(() -> site.setPeriodStarts("06:00 25:00"), "site.error.period-start");
        assertRefused(() -> site.setPeriodStarts("soir"), "site.error.period-start");
        assertRefused(() -> site.setPeriodStarts("06:00 6h00"), "site.error.period-start-twice");
        assertRefused(() -> site.setPeriodStarts("00:00 04:00 08:00 12:00 16:00 20:00 22:00"),
                "site.error.period-starts-max");
        assertThat(sites.get(testSite.site().getId()).getPeriodStarts()).isEmpty();
    }

    @Test
    void another_sites_working_period_is_refused() {
        signIn(testSite.username(Role.SITE_MANAGER));
        long other = fixtures.site().site().getId();

        assertDenied(() -> sites.workingPeriod(other, Instant.now()));
    }

    private long withPeriodStarts(String starts) {
        signIn(testSite.username(Role.ADMIN));
        Site site = sites.get(testSite.site().getId());
        site.setPeriodStarts(starts);
        return sites.save(site).getId();
    }
}
