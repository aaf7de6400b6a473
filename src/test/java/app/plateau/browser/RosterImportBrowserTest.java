package app.plateau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The roster import end to end in a real browser: the upload, the preview with its errors, and the
 * import that runs in the background and reports through push.
 */
class RosterImportBrowserTest extends BrowserTest {

    @Test
    void the_sample_roster_is_previewed_with_its_two_errors_and_its_valid_rows_are_imported() {
        signIn(driver, "admin", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        driver.get(url("admin/roster"));

        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-upload")));
        WebElement file = wait.until(driver -> upload.findElements(By.cssSelector("input[type=file]")).stream()
                .findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))));
        file.sendKeys(Path.of("docs/roster-sample.csv").toAbsolutePath().toString());

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-vertical-layout"),
                "Aperçu : 10 lignes, 8 valides, 2 en erreur."));
        driver.findElements(By.tagName("vaadin-button")).stream()
                .filter(button -> button.getText().equals("Importer les 8 lignes valides"))
                .findFirst().orElseThrow()
                .click();

        WebElement done = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-notification-card")));
        wait.until(ExpectedConditions.textToBePresentInElement(done, "Import terminé"));
        assertThat(done.getText()).contains("8 personnes créées");
    }
}
