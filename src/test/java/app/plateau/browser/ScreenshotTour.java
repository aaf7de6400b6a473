package app.plateau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Signing;
import app.plateau.occupancy.DeviceDraft;
import app.plateau.occupancy.DeviceKind;
import app.plateau.occupancy.DeviceService;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.PlateauUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test of behaviour but a tool run on demand ({@code ./mvnw verify -Pscreenshots}): signs in
 * as each demo role and saves every page of the tour at desk size (1366 px) and phone size
 * (390 px) under {@code target/screenshots/}, so a person can read the screens as their users
 * would. The wall screen, which nobody signs in to, is opened by the link of a wall screen that the
 * demo manager creates for the tour, as on the Devices page. {@code -Dtour=agent:my-floor,manager:inbox,wall}
 * narrows the tour.
 */
@Tag("screenshots")
class ScreenshotTour extends BrowserTest {

    /** The stop without a sign-in: the wall screen of the demo site. */
    private static final String WALL = "wall";
    private static final Map<String, List<String>> TOUR = new LinkedHashMap<>();

    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private DeviceService devices;

    static {
        TOUR.put("agent", List.of("", "my-floor", "meetings"));
        TOUR.put("lead", List.of("", "my-floor", "meetings", "team-meetings"));
        TOUR.put("manager", List.of("", "inbox", "board", "history", "devices", "meeting-requests",
                "meeting-share"));
        TOUR.put("health", List.of("", "rounds", "corrective-actions", "health-checks", "symptoms",
                "contacts", "health-log", "hygiene-templates"));
        TOUR.put("auditor", List.of("", "compliance", "history", "meeting-share"));
        TOUR.put("admin", List.of("", "admin/sites", "admin/floors", "admin/teams", "admin/people",
                "admin/accounts", "admin/roster", "bridges", "meeting-rooms"));
        TOUR.put(WALL, List.of(""));
    }

    private static final int[][] SIZES = {{1366, 900}, {390, 844}};

    @Test
    void every_page_of_the_tour_is_saved_at_desk_and_phone_size() throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        List<Path> saved = new ArrayList<>();
        for (Map.Entry<String, List<String>> stop : tour().entrySet()) {
            boolean wall = WALL.equals(stop.getKey());
            WebDriver browser = newBrowser();
            try {
            if (!wall) {
                signIn(browser, stop.getKey(), "demo");
                new WebDriverWait(browser, Duration.ofSeconds(60))
                        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            }
            for (String route : stop.getValue()) {
                String path = wall ? "wall/" + newWallToken() : route;
                for (int[] size : SIZES) {
                    browser.manage().window().setSize(new Dimension(size[0], size[1]));
                    browser.get(url(path));
                    settle(browser);
                    if (wall) {
                        assertThat(browser.findElements(By.className("wall-floor")))
                                .as("the wall link opens the board, not the refused-link page").isNotEmpty();
                    }
                    String name = wall ? WALL + "-" + size[0] + ".png"
                            : stop.getKey() + "-" + (route.isEmpty() ? "home" : route.replace('/', '_'))
                            + "-" + size[0] + ".png";
                    Path file = folder.resolve(name);
                    Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
                    saved.add(file);
                }
            }
            } finally {
                browser.quit();
            }
        }
        System.out.println("Screenshots: " + saved.size() + " files in " + folder.toAbsolutePath());
        assertThat(saved).allMatch(Files::exists);
    }

    /**
     * The link of a new wall screen of the demo site, made by the demo manager through the same
     * service as the Devices page: the demo data holds no wall token, which would be a standing secret.
     */
    private String newWallToken() {
        PlateauUser manager = Signing.signIn(users, "manager");
        try {
            return devices.create(new DeviceDraft(manager.siteId(), "Écran de la visite " + System.nanoTime(),
                    DeviceKind.WALL_DISPLAY, null)).token();
        } finally {
            Signing.signOut();
        }
    }

    private Map<String, List<String>> tour() {
        String wanted = System.getProperty("tour", "");
        if (wanted.isBlank()) {
            return TOUR;
        }
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        for (String part : wanted.split(",")) {
            String[] userAndRoute = part.trim().split(":", 2);
            chosen.computeIfAbsent(userAndRoute[0], user -> new ArrayList<>())
                    .add(userAndRoute.length > 1 ? userAndRoute[1] : "");
        }
        return chosen;
    }

    /**
     * Waits until Vaadin has rendered the view and has no request in flight, then hides the
     * development-mode tools, whose notice would otherwise cover the bottom of every phone-size page.
     */
    private void settle(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector("vaadin-app-layout, vaadin-login-overlay, body > *")));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> Boolean.TRUE.equals(
                ((JavascriptExecutor) b).executeScript("return !!window.Vaadin && !!window.Vaadin.Flow"
                        + " && Object.values(window.Vaadin.Flow.clients || {}).every(c => !c.isActive())")));
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach(t => t.style.display = 'none')");
    }
}
