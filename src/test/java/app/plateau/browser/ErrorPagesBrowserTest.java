package app.plateau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What a signed-in person sees where a page is missing or not theirs: one translated answer for both. */
class ErrorPagesBrowserTest extends BrowserTest {

    @Test
    void a_manager_opening_the_people_administration_reads_page_not_found_inside_the_layout() {
        signIn(driver, "manager", "demo");
        wait.until(ExpectedConditions.urlToBe(url("manager")));

        driver.get(url("admin/people"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Page introuvable"));
        assertThat(driver.findElement(By.tagName("vaadin-side-nav")).getText()).contains("Accueil responsable");
        assertThat(driver.getPageSource()).doesNotContain("Could not navigate");
    }

    @Test
    void an_unknown_address_reads_page_not_found() {
        signIn(driver, "agent", "demo");
        wait.until(ExpectedConditions.urlToBe(url("agent")));

        driver.get(url("no/such/page"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Page introuvable"));
        assertThat(driver.getTitle()).isEqualTo("Page introuvable");
    }
}
