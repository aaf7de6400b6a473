package app.plateau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.Signing;
import app.plateau.occupancy.PresenceService;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Plateau under its Content-Security-Policy in a real browser: sign-in, navigation, a dialog, a
 * grid, the SVG charts and push all work, and the browser reports not one violation of the policy.
 */
@Tag("security")
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    private static final String VIOLATIONS = "plateau-csp-violations";

    @Autowired
    private Fixtures fixtures;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private PresenceService presence;

    @AfterEach
    void signOut() {
        Signing.signOut();
    }

    @Test
    void the_pages_work_under_the_policy_and_the_browser_reports_no_violation() {
        recordViolations(driver);
        TestSite site = fixtures.site();
        signIn(driver, site.username(Role.SITE_MANAGER), Fixtures.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));

        open("Tableau d’occupation");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.occupancy-chart")));
        WebElement present = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".figure-present .board-figure-value")));
        assertThat(present.getText()).isEqualTo("0");

        button("Fermer…").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-dialog-overlay"),
                "Fermer le plateau"));
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-dialog-overlay")));

        Signing.signIn(users, site.username(Role.AGENT));
        presence.checkIn(site.agent().getId(), site.floor1().getId());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".figure-present .board-figure-value"), "1"));

        open("Historique des mouvements");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"),
                site.agent().getFullName()));

        open("Réunions à distance");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.meeting-share-chart")));

        assertThat(violations()).isEmpty();

        // What a violation looks like to this test: an image from another site, which the policy refuses.
        ((JavascriptExecutor) driver).executeScript("const image = document.createElement('img');"
                + "image.src = 'https://evil.example/pixel.png'; document.body.append(image);");
        wait.until(browser -> !violations().isEmpty());
        assertThat(violations()).singleElement().asString().startsWith("img-src https://evil.example/pixel.png");
    }

    /** Notes every violation the browser reports, in the tab's session storage so it survives page loads. */
    private static void recordViolations(WebDriver browser) {
        ((ChromiumDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "document.addEventListener('securitypolicyviolation', event => {"
                        + " const seen = JSON.parse(sessionStorage.getItem('" + VIOLATIONS + "') || '[]');"
                        + " seen.push(event.effectiveDirective + ' ' + event.blockedURI + ' at ' + event.sourceFile"
                        + " + ':' + event.lineNumber);"
                        + " sessionStorage.setItem('" + VIOLATIONS + "', JSON.stringify(seen)); }, true);"));
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return JSON.parse(sessionStorage.getItem('" + VIOLATIONS + "') || '[]');");
    }

    private void open(String menuEntry) {
        wait.until(browser -> browser.findElements(By.tagName("vaadin-side-nav-item")).stream()
                .filter(item -> item.getText().equals(menuEntry)).findFirst().orElse(null)).click();
    }

    private WebElement button(String text) {
        return wait.until(browser -> browser.findElements(By.tagName("vaadin-button")).stream()
                .filter(button -> button.getText().equals(text)).findFirst().orElse(null));
    }
}
