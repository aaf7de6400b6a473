package app.plateau.occupancy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.Signing;
import app.plateau.occupancy.DeviceDraft;
import app.plateau.occupancy.DeviceKind;
import app.plateau.occupancy.DeviceService;
import app.plateau.occupancy.NewDevice;
import app.plateau.occupancy.PresenceService;
import app.plateau.security.Role;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The board on a wall screen, opened by its link as the screen does it: signed in as nobody. */
class WallViewTest extends KaribuTest {

    @Autowired
    private DeviceService devices;
    @Autowired
    private PresenceService presence;
    @Autowired
    private JdbcTemplate jdbc;
    private TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    @AfterEach
    void signOutOfServices() {
        Signing.signOut();
    }

    private NewDevice wall() {
        return Fixtures.asSystem(() -> devices.create(new DeviceDraft(testSite.site().getId(),
                Fixtures.unique("Mur "), DeviceKind.WALL_DISPLAY, null)));
    }

    private void checkInAgent() {
        Signing.signIn(users, testSite.username(Role.SITE_MANAGER));
        try {
            presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        } finally {
            Signing.signOut();
        }
    }

    private void open(String token) {
        UI.getCurrent().navigate("wall/" + token);
    }

    private static Div floorCard(long floorId) {
        return _get(Div.class, spec -> spec.withId("wall-floor-" + floorId));
    }

    private static String textIn(Div card, String className) {
        return _get(card, Div.class, spec -> spec.withClasses(className)).getText();
    }

    private static String swatchColour(Div card) {
        return _get(card, Span.class, spec -> spec.withClasses("wall-swatch")).getStyle().get("background-color");
    }

    @Test
    void the_wall_shows_every_floor_against_its_cap_and_the_chart_without_anyone_signed_in() {
        checkInAgent();

        open(wall().token());

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(WallView.class);
        assertThat(_get(H1.class).getText()).isEqualTo(testSite.site().getName());
        Div floor1 = floorCard(testSite.floor1().getId());
        Div floor2 = floorCard(testSite.floor2().getId());
        assertThat(textIn(floor1, "wall-count")).isEqualTo("1 / 20");
        assertThat(textIn(floor1, "wall-state")).isEqualTo("19 places libres");
        assertThat(textIn(floor2, "wall-count")).isEqualTo("0 / 30");
        assertThat(swatchColour(floor1)).isEqualTo(OccupancyChart.colour(0));
        assertThat(swatchColour(floor2)).isEqualTo(OccupancyChart.colour(1)).isNotEqualTo(swatchColour(floor1));
        assertThat(_get(Svg.class).getElement().getProperty("innerHTML"))
                .contains("Plateau 1 (jauge 20)", "Plateau 2 (jauge 30)");
        assertThat(((WallView) UI.getCurrent().getCurrentView()).getPageTitle())
                .isEqualTo("Occupation — " + testSite.site().getName());
    }

    @Test
    void the_wall_has_no_navigation_and_polls_so_its_chart_reaches_now_in_a_quiet_hour() {
        open(wall().token());

        assertThat(_find(AppLayout.class)).isEmpty();
        assertThat(_find(SideNav.class)).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(WallView.POLL_MILLIS);
    }

    @Test
    void the_wall_follows_a_check_in_made_elsewhere_by_push() {
        open(wall().token());
        assertThat(textIn(floorCard(testSite.floor1().getId()), "wall-count")).isEqualTo("0 / 20");

        checkInAgent();
        pushRoundtrip();

        assertThat(textIn(floorCard(testSite.floor1().getId()), "wall-count")).isEqualTo("1 / 20");
    }

    @Test
    void an_open_wall_goes_blank_when_its_device_is_revoked() {
        NewDevice wall = wall();
        open(wall.token());
        assertThat(_find(Div.class, spec -> spec.withClasses("wall-floor"))).hasSize(2);

        Fixtures.asSystem(() -> devices.revoke(wall.device().getId()));
        pushRoundtrip();

        assertThat(_get(H1.class).getText()).isEqualTo("Appareil non reconnu");
        assertThat(_find(Div.class, spec -> spec.withClasses("wall-floor"))).isEmpty();
    }

    @Test
    void a_wrong_link_or_an_entrance_display_link_shows_only_that_the_device_is_not_recognised() {
        open("forged-token");
        assertThat(_get(H1.class).getText()).isEqualTo("Appareil non reconnu");

        NewDevice kiosk = Fixtures.asSystem(() -> devices.create(new DeviceDraft(testSite.site().getId(),
                "Écran P1", DeviceKind.ENTRANCE_DISPLAY, testSite.floor1().getId())));
        open(kiosk.token());
        assertThat(_get(H1.class).getText()).isEqualTo("Appareil non reconnu");
        assertThat(_find(Div.class, spec -> spec.withClasses("wall-floor"))).isEmpty();
    }

    @Test
    void a_wall_link_past_its_lifetime_says_it_expired_and_shows_nothing_of_the_site() {
        NewDevice wall = wall();
        jdbc.update("UPDATE device SET created_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(366))), wall.device().getId());

        open(wall.token());

        assertThat(_get(H1.class).getText()).isEqualTo("Lien d’écran expiré");
        assertThat(_find(Div.class, spec -> spec.withClasses("wall-floor"))).isEmpty();
        assertThat(_find(H1.class)).extracting(H1::getText).doesNotContain(testSite.site().getName());
    }

    @Test
    void a_wall_link_opens_no_entrance_display() {
        UI.getCurrent().navigate("kiosk/" + wall().token());

        assertThat(_get(H1.class).getText()).isEqualTo("Appareil non reconnu");
    }
}
