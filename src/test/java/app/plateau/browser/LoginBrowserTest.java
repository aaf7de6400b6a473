package app.plateau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class LoginBrowserTest extends BrowserTest {

    @Test
    void the_manager_signs_in_through_the_login_form_and_sees_the_side_navigation() {
        signIn(driver, "manager", "demo");

        wait.until(ExpectedConditions.urlToBe(url("manager")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"),
                "Bienvenue, responsable de site"));
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
        assertThat(driver.getPageSource()).doesNotContain("Bienvenue");
    }
}
