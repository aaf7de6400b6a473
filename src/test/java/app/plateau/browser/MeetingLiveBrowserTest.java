package app.plateau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.security.Role;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two real browser sessions, an agent's and their team lead's: the lead books a meeting for the team
 * through the booking form, and the agent's open "My meetings" shows it through push, without a reload.
 */
class MeetingLiveBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    private WebDriver lead;

    @AfterEach
    void closeLead() {
        if (lead != null) {
            lead.quit();
        }
    }

    @Test
    void the_agent_sees_the_meeting_the_lead_books_without_reloading() {
        TestSite site = fixtures.site();
        String title = "Briefing " + Fixtures.unique("b");

        signIn(driver, site.username(Role.AGENT), Fixtures.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        driver.get(url("meetings"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("meetings-list")));
        String pageBefore = (String) ((JavascriptExecutor) driver)
                .executeScript("window.__sameDocument = 'yes'; return document.URL;");
        assertThat(cellTexts(driver)).noneMatch(text -> text.contains(title));

        lead = newBrowser();
        WebDriverWait leadWait = new WebDriverWait(lead, Duration.ofSeconds(60));
        signIn(lead, site.username(Role.TEAM_LEAD), Fixtures.PASSWORD);
        leadWait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        lead.get(url("meetings"));
        WebElement create = leadWait.until(browser -> browser.findElements(By.tagName("vaadin-button")).stream()
                .filter(button -> button.getText().equals("Nouvelle réunion")).findFirst().orElse(null));
        create.click();

        // The form opens on the next quarter of an hour, half an hour, by video: the title and
        // the team are all a briefing needs.
        WebElement titleInput = leadWait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#meeting-title input")));
        titleInput.sendKeys(title);
        WebElement teamInput = lead.findElement(By.cssSelector("#meeting-teams input"));
        teamInput.click();
        teamInput.sendKeys(site.team().getName());
        WebElement teamItem = leadWait.until(browser -> browser.findElements(
                        By.tagName("vaadin-multi-select-combo-box-item")).stream()
                .filter(item -> item.getText().startsWith(site.team().getName())).findFirst().orElse(null));
        teamItem.click();
        // Leaving the field closes its list, as a person tabbing on would.
        teamInput.sendKeys(Keys.TAB);
        WebElement save = lead.findElement(By.id("meeting-save"));
        ((JavascriptExecutor) lead).executeScript("arguments[0].scrollIntoView()", save);
        leadWait.until(ExpectedConditions.elementToBeClickable(save)).click();
        leadWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"),
                "est réservée"));

        wait.until(browser -> cellTexts(browser).stream().anyMatch(text -> text.contains(title)));
        assertThat(cellTexts(driver)).anyMatch(text -> text.contains(site.lead().getFullName()));
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__sameDocument"))
                .as("the agent's page was not reloaded").isEqualTo("yes");
        assertThat(driver.getCurrentUrl()).isEqualTo(pageBefore);
    }

    private static java.util.List<String> cellTexts(WebDriver browser) {
        return browser.findElements(By.cssSelector(".meetings-list vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }
}
