package app.plateau.bench;

import app.plateau.browser.Chromium;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Times what a person waits for on a Plateau that is already running (started with {@code ./mvnw}, or
 * {@code ./mvnw -Pdev} for development mode), in headless Chromium: the sign-in page, then, signed in as
 * the demo {@code manager}, full loads of the board and of the history (a new page each time, after two
 * untimed ones) until each shows its data, and moves between the two through the side navigation. It
 * also says whether the pages carry Vaadin's development tools. Not a test: it needs a running server and
 * the demo data seeded the same day. Commands and figures are in docs/benchmarks.md.
 *
 * <p>Arguments: the base address (default {@code http://localhost:8080}) and the number of timed loads
 * of each view (default 5).
 */
public final class PageLoads {

    private static final String HISTORY_SHOWN = "const g = document.querySelector('.history-view vaadin-grid');"
            + "return !!g && !g.loading && g.size > 0"
            + " && [...g.querySelectorAll('vaadin-grid-cell-content')].some(c => /\\d\\d:\\d\\d/.test(c.textContent));";

    private final String base;
    private final WebDriver driver;
    private final WebDriverWait wait;

    private PageLoads(String base, WebDriver driver) {
        this.base = base;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(120));
        // Selenium looks every 500 ms by default, which would round each figure up by as much.
        wait.pollingEvery(Duration.ofMillis(10));
    }

    public static void main(String[] args) {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        WebDriver driver = Chromium.start();
        try {
            new PageLoads(base, driver).run(runs);
        } finally {
            driver.quit();
        }
    }

    private void run(int runs) {
        long start = System.nanoTime();
        driver.get(base + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        System.out.printf("sign-in page usable after %d ms; %s%n", since(start), devTools());
        driver.findElement(By.cssSelector("input[name=username]")).sendKeys("manager");
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys("demo", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Bonjour, "));

        Function<WebDriver, Boolean> boardShown = ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".board-content"), "Plateau 4")::apply;
        Function<WebDriver, Boolean> historyShown = browser -> (Boolean) ((JavascriptExecutor) browser)
                .executeScript(HISTORY_SHOWN);
        fullLoads("board", boardShown, runs);
        fullLoads("history", historyShown, runs);

        List<Long> toHistory = new ArrayList<>();
        List<Long> toBoard = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            long history = click("history", historyShown);
            long board = click("board", boardShown);
            if (i > 0) {
                toHistory.add(history);
                toBoard.add(board);
            }
        }
        System.out.printf("side navigation to the history: %s ms, median %d ms%n", toHistory, median(toHistory));
        System.out.printf("side navigation to the board: %s ms, median %d ms%n", toBoard, median(toBoard));
    }

    private void fullLoads(String view, Function<WebDriver, Boolean> shown, int runs) {
        List<Long> times = new ArrayList<>();
        List<Long> serverWaits = new ArrayList<>();
        for (int i = 0; i < runs + 2; i++) {
            long start = System.nanoTime();
            driver.get(base + "/" + view);
            wait.until(shown::apply);
            long elapsed = since(start);
            if (i >= 2) {
                times.add(elapsed);
                // the server's part: its wait on the largest UIDL response, which builds the view
                serverWaits.add(((Number) ((JavascriptExecutor) driver).executeScript(
                        "const u = performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl'))"
                                + ".sort((a, b) => b.transferSize - a.transferSize)[0];"
                                + "return u ? Math.round(u.responseStart - u.requestStart) : -1;")).longValue());
            }
        }
        System.out.printf("%s, full load until shown: %s ms, median %d ms (server's wait %s ms); %s%n", view, times,
                median(times), serverWaits, devTools());
    }

    private long click(String path, Function<WebDriver, Boolean> shown) {
        long start = System.nanoTime();
        driver.findElement(By.cssSelector("vaadin-side-nav-item[path='" + path + "']")).click();
        wait.until(shown::apply);
        return since(start);
    }

    private Map<?, ?> devTools() {
        return (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(
                "return {developmentTools: document.querySelectorAll('vaadin-dev-tools, copilot-main').length,"
                        + " title: document.title};");
    }

    private static long since(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
