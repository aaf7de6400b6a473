package app.plateau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.Signing;
import app.plateau.occupancy.DeviceDraft;
import app.plateau.occupancy.DeviceKind;
import app.plateau.occupancy.DeviceService;
import app.plateau.occupancy.PresenceService;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** The entrance display in a real browser that never signs in: opened by its link, kept live by push. */
class KioskBrowserTest extends BrowserTest {

    @Autowired
    private Fixtures fixtures;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private DeviceService devices;
    @Autowired
    private PresenceService presence;

    @Test
    void an_anonymous_screen_shows_its_floor_and_follows_a_check_in_made_elsewhere() {
        TestSite testSite = fixtures.site();
        String token = Fixtures.asSystem(() -> devices.create(new DeviceDraft(testSite.site().getId(),
                "Écran Plateau 1", DeviceKind.ENTRANCE_DISPLAY, testSite.floor1().getId())).token());

        driver.get(url("kiosk/" + token));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("kiosk-count"), "0 / 20"));
        assertThat(driver.findElement(By.className("kiosk-state")).getText()).isEqualTo("Entrée autorisée");
        assertThat(driver.getTitle()).isEqualTo("Entrée — Plateau 1");

        Signing.signIn(users, testSite.username(Role.SITE_MANAGER));
        try {
            presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        } finally {
            Signing.signOut();
        }

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("kiosk-count"), "1 / 20"));
        assertThat(driver.getCurrentUrl()).endsWith("/kiosk/" + token);
    }
}
