package app.plateau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

class LoginBrowserTest extends BrowserTest {

    @Test
    void the_manager_signs_in_through_the_login_form_and_sees_the_side_navigation() {
        signIn(driver, "manager", "demo");

        wait.until(ExpectedConditions.urlToBe(url("manager")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Bonjour, "));
        List<String> navigation = driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(WebElement::getText).toList();
        assertThat(navigation).contains("Accueil responsable").doesNotContain("Sites", "Comptes");
        assertThat(driver.getTitle()).isEqualTo("Accueil — Responsable de site");
    }

    @Test
    void a_wrong_password_keeps_the_visitor_on_the_login_page_with_a_french_error() {
        signIn(driver, "manager", "wrong-password");

        wait.until(ExpectedConditions.urlContains("login?error"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-login-form"),
                "Connexion refusée"));
        assertThat(driver.getPageSource()).doesNotContain("Bonjour, ");
    }

    @Test
    void english_is_one_click_away_and_stays_chosen_after_signing_in() {
        driver.get(url("login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.language-switch")))
                .click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-login-form"), "Sign in"));
        assertThat(driver.getTitle()).isEqualTo("Sign in — Plateau");
        driver.findElement(By.cssSelector("input[name=username]")).sendKeys("agent");
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys("demo", Keys.ENTER);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Hello, "));
        assertThat(driver.findElement(By.cssSelector("vaadin-button.language-switch")).getText()).isEqualTo("Français");
    }

    @Test
    @Tag("security")
    void the_session_and_language_cookies_stay_off_requests_that_other_sites_start() {
        driver.get(url("login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.language-switch")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-login-form"), "Sign in"));
        signIn(driver, "agent", "demo");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Hello, "));

        // As the browser stored them; Selenium's own view reports "Lax" for a cookie that names no SameSite.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cookies = (List<Map<String, Object>>) ((ChromiumDriver) driver)
                .executeCdpCommand("Network.getCookies", Map.of()).get("cookies");
        for (String name : List.of("JSESSIONID", "plateau-lang")) {
            Map<String, Object> cookie = cookies.stream().filter(stored -> name.equals(stored.get("name")))
                    .findFirst().orElseThrow(() -> new AssertionError("no cookie " + name));
            assertThat(cookie).as(name).containsEntry("sameSite", "Lax").containsEntry("httpOnly", true);
        }
    }
}
