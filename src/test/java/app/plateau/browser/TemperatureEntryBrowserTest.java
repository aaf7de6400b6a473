package app.plateau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.organisation.Person;
import app.plateau.security.Role;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The health officer types temperatures in the French interface as people do, with a comma or with
 * a dot: both are 38.6 °C, shown the French way, never 386.
 */
@Tag("security")
class TemperatureEntryBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void in_french_38_comma_6_and_38_dot_6_are_both_saved_and_shown_as_38_comma_6() {
        TestSite site = fixtures.site();
        // Notifications and grid cells come and go as the page updates: look again rather than fail.
        wait.ignoring(StaleElementReferenceException.class);
        signIn(driver, site.username(Role.HEALTH_OFFICER), Fixtures.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        driver.get(url("health-checks"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("health-check-form")));

        record(site.agent(), "38,6");
        record(site.lead(), "38.6");

        List<String> shown = wait.until(browser -> {
            List<String> temperatures = temperaturesShown();
            return temperatures.size() == 2 ? temperatures : null;
        });
        assertThat(shown).containsExactly("38,6 °C", "38,6 °C");
    }

    /** Picks the person by name, "Au-dessus du seuil", types the value and saves, waiting for the answer. */
    private void record(Person person, String typed) {
        WebElement name = driver.findElement(By.cssSelector(".health-check-person input"));
        name.sendKeys(person.getFullName());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-combo-box-item"),
                person.getFullName()));
        name.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        driver.findElements(By.cssSelector(".health-check-result vaadin-radio-button")).stream()
                .filter(radio -> radio.getText().equals("Au-dessus du seuil")).findFirst().orElseThrow().click();
        WebElement temperature = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".health-check-temperature input")));
        temperature.sendKeys(typed);
        WebElement save = driver.findElements(By.tagName("vaadin-button")).stream()
                .filter(button -> button.getText().equals("Enregistrer le contrôle")).findFirst().orElseThrow();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", save);
        save.click();
        String saved = "Contrôle de " + person.getFullName() + " enregistré.";
        wait.until(browser -> browser.findElements(By.tagName("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().contains(saved)));
    }

    /** The temperature column of the day's checks, as the browser renders its cells. */
    private List<String> temperaturesShown() {
        return driver.findElements(By.cssSelector(".health-today vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).filter(text -> text.endsWith("°C")).toList();
    }
}
