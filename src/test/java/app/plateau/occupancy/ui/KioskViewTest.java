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
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.Person;
import app.plateau.security.Role;
import app.plateau.transfer.MoveDraft;
import app.plateau.transfer.MoveReason;
import app.plateau.transfer.TransferRequest;
import app.plateau.transfer.TransferService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The entrance display as a screen at the floor's door opens it: with its link, signed in as nobody. */
class KioskViewTest extends KaribuTest {

    @Autowired
    private DeviceService devices;
    @Autowired
    private PresenceService presence;
    @Autowired
    private TransferService transfers;
    @Autowired
    private FloorService floors;
    private TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    @AfterEach
    void signOutOfServices() {
        Signing.signOut();
    }

    private NewDevice display(Floor floor) {
        return Fixtures.asSystem(() -> devices.create(new DeviceDraft(testSite.site().getId(),
                Fixtures.unique("Écran "), DeviceKind.ENTRANCE_DISPLAY, floor.getId())));
    }

    /** What another person does elsewhere, through the services, while the screen stays anonymous. */
    private void as(Role role, Runnable work) {
        Signing.signIn(users, testSite.username(role));
        try {
            work.run();
        } finally {
            Signing.signOut();
        }
    }

    private void open(String token) {
        UI.getCurrent().navigate("kiosk/" + token);
    }

    private static String text(String className) {
        return _get(Div.class, spec -> spec.withClasses(className)).getText();
    }

    @Test
    void the_screen_shows_the_places_taken_against_the_cap_and_who_is_expected() {
        as(Role.AGENT, () -> {
            presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
            TransferRequest request = transfers.request(new MoveDraft(testSite.agent().getId(),
                    testSite.floor2().getId(), MoveReason.TRAINING, null, null, null));
            as(Role.SITE_MANAGER, () -> transfers.approve(request.getId()));
        });

        open(display(testSite.floor2()).token());

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(KioskView.class);
        assertThat(text("kiosk-floor")).isEqualTo("Plateau 2");
        assertThat(text("kiosk-count")).isEqualTo("1 / 30");
        assertThat(text("kiosk-state")).isEqualTo("Entrée autorisée");
        assertThat(text("kiosk-detail")).isEqualTo("Personne n’est présent · 1 place réservée");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .containsExactly(testSite.agent().getFullName());
        assertThat(((KioskView) UI.getCurrent().getCurrentView()).getPageTitle()).isEqualTo("Entrée — Plateau 2");
    }

    @Test
    void a_full_floor_says_complet() {
        Floor tiny = Fixtures.asSystem(() -> floors.save(new Floor(testSite.site(), "Plateau 9", 9, 2, 1)));
        Person other = fixtures.person(testSite.site(), Fixtures.unique("P"), "Autre personne", testSite.team(),
                testSite.floor1());
        as(Role.SITE_MANAGER, () -> presence.checkIn(other.getId(), tiny.getId()));

        open(display(tiny).token());

        assertThat(text("kiosk-count")).isEqualTo("1 / 1");
        assertThat(text("kiosk-state")).isEqualTo("Complet");
        assertThat(_find(Div.class, spec -> spec.withClasses("kiosk-full"))).hasSize(1);
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Personne n’est attendu.");
    }

    @Test
    void a_closed_floor_says_why() {
        as(Role.SITE_MANAGER, () -> floors.close(testSite.floor1().getId(), "Désinfection"));

        open(display(testSite.floor1()).token());

        assertThat(text("kiosk-state")).isEqualTo("Fermé : Désinfection");
        assertThat(_find(Div.class, spec -> spec.withClasses("kiosk-closed"))).hasSize(1);
    }

    @Test
    void a_revoked_or_wrong_link_shows_only_that_the_device_is_not_recognised() {
        NewDevice device = display(testSite.floor1());
        Fixtures.asSystem(() -> devices.revoke(device.device().getId()));

        open(device.token());
        assertThat(_get(H1.class).getText()).isEqualTo("Appareil non reconnu");
        assertThat(_find(Div.class, spec -> spec.withClasses("kiosk-count"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("kiosk-floor"))).isEmpty();

        open("forged-token");
        assertThat(_get(H1.class).getText()).isEqualTo("Appareil non reconnu");
    }

    @Test
    void a_badge_reader_link_opens_no_display() {
        NewDevice reader = Fixtures.asSystem(() -> devices.create(new DeviceDraft(testSite.site().getId(),
                "Badgeuse P1", DeviceKind.BADGE_READER, testSite.floor1().getId())));

        open(reader.token());

        assertThat(_get(H1.class).getText()).isEqualTo("Appareil non reconnu");
    }

    // The two live tests make one change each from outside the screen; pushRoundtrip waits for the
    // broadcaster to deliver it, then runs the screen's pushed refresh.

    @Test
    void the_screen_follows_a_check_in_made_elsewhere() {
        open(display(testSite.floor1()).token());
        assertThat(text("kiosk-count")).isEqualTo("0 / 20");

        as(Role.SITE_MANAGER, () -> presence.checkIn(testSite.agent().getId(), testSite.floor1().getId()));
        pushRoundtrip();

        assertThat(text("kiosk-count")).isEqualTo("1 / 20");
        assertThat(text("kiosk-detail")).isEqualTo("1 personne présente · aucune place réservée");
    }

    @Test
    void an_open_screen_goes_blank_when_its_device_is_revoked() {
        NewDevice device = display(testSite.floor1());
        open(device.token());
        assertThat(text("kiosk-count")).isEqualTo("0 / 20");

        Fixtures.asSystem(() -> devices.revoke(device.device().getId()));
        pushRoundtrip();

        assertThat(_get(H1.class).getText()).isEqualTo("Appareil non reconnu");
        assertThat(_find(Div.class, spec -> spec.withClasses("kiosk-count"))).isEmpty();
    }
}
