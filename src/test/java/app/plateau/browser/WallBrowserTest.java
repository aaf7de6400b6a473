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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** The board on a wall screen in a real browser that never signs in: big enough to read across a room, kept live by push. */
class WallBrowserTest extends BrowserTest {

    @Autowired
    private Fixtures fixtures;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private DeviceService devices;
    @Autowired
    private PresenceService presence;

    @Test
    void an_anonymous_wall_screen_shows_the_board_in_big_type_and_follows_a_check_in_made_elsewhere() {
        TestSite testSite = fixtures.site();
        String token = Fixtures.asSystem(() -> devices.create(new DeviceDraft(testSite.site().getId(),
                "Mur des managers", DeviceKind.WALL_DISPLAY, null)).token());
        driver.manage().window().setSize(new Dimension(1366, 900));

        driver.get(url("wall/" + token));
        By floor1 = By.cssSelector("#wall-floor-" + testSite.floor1().getId() + " .wall-count");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(floor1, "0 / 20"));
        assertThat(driver.getTitle()).isEqualTo("Occupation — " + testSite.site().getName());
        assertThat(driver.findElements(By.tagName("vaadin-app-layout"))).isEmpty();
        WebElement count = driver.findElement(floor1);
        assertThat(pixels(count.getCssValue("font-size"))).as("count size").isGreaterThanOrEqualTo(48);

        Signing.signIn(users, testSite.username(Role.SITE_MANAGER));
        try {
            presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        } finally {
            Signing.signOut();
        }

        wait.until(ExpectedConditions.textToBePresentInElementLocated(floor1, "1 / 20"));
    }

    private static double pixels(String cssSize) {
        return Double.parseDouble(cssSize.replace("px", ""));
    }
}
