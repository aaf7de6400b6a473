package app.plateau.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.Signing;
import app.plateau.bench.ui.PushProbeView;
import app.plateau.browser.Chromium;
import app.plateau.occupancy.PresenceService;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.Role;
import app.plateau.transfer.MoveDraft;
import app.plateau.transfer.MoveReason;
import app.plateau.transfer.TransferRequest;
import app.plateau.transfer.TransferService;
import app.plateau.transfer.TransferState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * From a decision's commit to the agent's open page in headless Chromium showing "Approuvé", over
 * 200 decisions, beside a bare Vaadin push of a counter to another page in the same run. The
 * browser stamps the moment the text changes (a MutationObserver, wall clock in microseconds); the
 * server stamps the commit. Run on demand: see docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PushLatencyBenchmark {

    private static final int WARM_UP = Integer.getInteger("bench.warmup", 20);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 200);
    private static final String OBSERVE = """
            const el = document.querySelector(arguments[0]);
            const expected = arguments[1];
            window.__seen = null;
            if (window.__observer) { window.__observer.disconnect(); }
            window.__observer = new MutationObserver(() => {
              if (window.__seen === null && el.textContent === expected) {
                window.__seen = (performance.timeOrigin + performance.now()) * 1000;
              }
            });
            window.__observer.observe(el, {childList: true, characterData: true, subtree: true});
            """;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    PresenceService presence;
    @Autowired
    TransferService transfers;
    @Autowired
    TransactionTemplate transactions;
    @Value("${plateau.live.window:PT0.25S}")
    Duration window;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(WebDriver::quit);
        Signing.signOut();
    }

    @Test
    void a_decision_reaches_the_agents_page_about_as_fast_as_a_bare_push() throws Exception {
        TestSite site = fixtures.site();
        String agentName = site.username(Role.AGENT);
        Signing.signIn(users, agentName);
        presence.checkIn(site.agent().getId(), site.floor1().getId());

        WebDriver agent = browser();
        signIn(agent, agentName);
        agent.get(url("my-floor"));
        new WebDriverWait(agent, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.className("where-now")));
        WebDriver probe = browser();
        probe.get(url("bench/push-probe"));
        new WebDriverWait(probe, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("counter")));
        PushProbeView probeView = PushProbeView.current();

        List<Double> decision = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            long requestId = newPendingRequest(site, agent);
            double[] committedAt = new double[1];
            double decided = measure(agent, ".move-state", "Approuvé", () -> {
                Signing.signIn(users, site.username(Role.SITE_MANAGER));
                transactions.executeWithoutResult(status -> {
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public int getOrder() {
                            return Integer.MIN_VALUE;
                        }

                        @Override
                        public void afterCommit() {
                            committedAt[0] = micros(Instant.now());
                        }
                    });
                    transfers.approve(requestId);
                });
                return committedAt[0];
            });
            int value = round + 1;
            double pushed = measure(probe, "#counter", Integer.toString(value), () -> {
                double start = micros(Instant.now());
                probeView.push(value);
                return start;
            });
            if (round >= WARM_UP) {
                decision.add(decided);
                bare.add(pushed);
            }
        }
        Signing.signOut();

        report("decision → agent page", decision);
        report("bare push of a counter", bare);
        System.out.printf(Locale.ROOT, "p95 ratio decision / bare push: %.2f (target ≤ 1.5)%n",
                percentile(decision, 95) / percentile(bare, 95));
        assertThat(decision).hasSize(ROUNDS);
        assertThat(bare).hasSize(ROUNDS);
    }

    /** Cancels the previous (approved) request and asks again; waits until the page shows it pending. */
    private long newPendingRequest(TestSite site, WebDriver agent) throws InterruptedException {
        Signing.signIn(users, site.username(Role.AGENT));
        transfers.openOf(site.agent().getId()).filter(open -> open.getState() == TransferState.APPROVED)
                .ifPresent(open -> transfers.cancel(open.getId()));
        TransferRequest request = transfers.request(new MoveDraft(site.agent().getId(), site.floor2().getId(),
                MoveReason.TRAINING, null, null, null));
        new WebDriverWait(agent, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(
                By.className("move-state"), "En attente"));
        // Let the request's own pushes leave the coalescing window, as seconds pass before a real decision.
        Thread.sleep(window.toMillis() + 50);
        return request.getId();
    }

    /** Microseconds from the server's stamp to the browser's, for a change that sets this text. */
    private static double measure(WebDriver browser, String selector, String text, StampedAction action) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(OBSERVE, selector, text);
        double start = action.run();
        Number seen = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> (Number) js.executeScript("return window.__seen;"));
        return (seen.doubleValue() - start) / 1000.0;
    }

    private interface StampedAction {
        double run();
    }

    private static double micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000.0 + instant.getNano() / 1000.0;
    }

    private static void report(String label, List<Double> millis) {
        System.out.printf(Locale.ROOT, "%-24s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (n=%d)%n", label,
                percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis.size());
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private WebDriver browser() {
        WebDriver browser = Chromium.start();
        browsers.add(browser);
        return browser;
    }

    private void signIn(WebDriver browser, String username) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(url("login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")))
                .sendKeys(username);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
