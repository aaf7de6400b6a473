package app.plateau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.Signing;
import app.plateau.occupancy.PresenceService;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.Role;
import app.plateau.transfer.MoveDraft;
import app.plateau.transfer.MoveReason;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two real browser sessions, an agent's and a site manager's: the manager approves in the inbox
 * and the agent's open page shows "Approuvé" through push, without a reload.
 */
class LiveMoveBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    PresenceService presence;
    @Autowired
    app.plateau.transfer.TransferService transfers;

    private WebDriver manager;

    @AfterEach
    void closeManager() {
        if (manager != null) {
            manager.quit();
        }
        Signing.signOut();
    }

    @Test
    void the_agent_sees_the_managers_approval_without_reloading() {
        TestSite site = fixtures.site();
        Signing.signIn(users, site.username(Role.AGENT));
        presence.checkIn(site.agent().getId(), site.floor1().getId());
        transfers.request(new MoveDraft(site.agent().getId(), site.floor2().getId(), MoveReason.TRAINING, null,
                null, null));
        Signing.signOut();

        signIn(driver, site.username(Role.AGENT), Fixtures.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        driver.get(url("my-floor"));
        WebElement state = wait.until(ExpectedConditions.presenceOfElementLocated(By.className("move-state")));
        wait.until(ExpectedConditions.textToBePresentInElement(state, "En attente"));
        String pageBefore = (String) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("window.__sameDocument = 'yes'; return document.URL;");

        manager = newBrowser();
        WebDriverWait managerWait = new WebDriverWait(manager, Duration.ofSeconds(60));
        signIn(manager, site.username(Role.SITE_MANAGER), Fixtures.PASSWORD);
        managerWait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        manager.get(url("inbox"));
        WebElement approve = managerWait.until(browser -> browser.findElements(By.tagName("vaadin-button")).stream()
                .filter(button -> button.getText().equals("Approuver")).findFirst().orElse(null));
        ((org.openqa.selenium.JavascriptExecutor) manager).executeScript("arguments[0].scrollIntoView()", approve);
        approve.click();
        managerWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"),
                "approuvé"));

        wait.until(ExpectedConditions.textToBePresentInElement(state, "Approuvé"));
        assertThat(driver.findElement(By.className("move-text")).getText()).startsWith("Rendez-vous sur Plateau 2");
        assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.__sameDocument"))
                .as("the agent's page was not reloaded").isEqualTo("yes");
        assertThat(driver.getCurrentUrl()).isEqualTo(pageBefore);
    }
}
