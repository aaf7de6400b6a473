package app.plateau.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Signs in through the real login form over HTTP, so that the lockout is proven with the filter
 * chain and the authentication events exactly as a browser meets them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("mariadb")
class LoginLockoutTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** A clock the test moves forward, instead of waiting five minutes. */
    static final class MovableClock extends Clock {

        private volatile Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the application reads instants only");
        }
    }

    @TestConfiguration
    static class MovableClockConfiguration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @LocalServerPort
    private int port;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private MovableClock clock;
    private String agent;

    @BeforeEach
    void site() {
        TestSite testSite = fixtures.site();
        agent = testSite.username(Role.AGENT);
    }

    /** Posts the login form from a fresh browser session; true when it lets the user in. */
    private boolean signIn(String username, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String page = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        String form = Map.of("username", username, "password", password, "_csrf", csrf.group(1)).entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return !location.contains("/login");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void failTimes(int times) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < times; attempt++) {
            assertThat(signIn(agent, "wrong-password")).isFalse();
        }
    }

    @Test
    void the_right_password_signs_in_and_a_wrong_one_does_not() throws Exception {
        assertThat(signIn(agent, "wrong-password")).isFalse();
        assertThat(signIn(agent, Fixtures.PASSWORD)).isTrue();
    }

    @Test
    void five_wrong_passwords_hold_the_account_for_five_minutes() throws Exception {
        failTimes(LoginAttempts.THRESHOLD);
        assertThat(signIn(agent, Fixtures.PASSWORD)).as("held").isFalse();

        clock.advance(LoginAttempts.HOLD.minusSeconds(1));
        assertThat(signIn(agent, Fixtures.PASSWORD)).as("still held").isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(agent, Fixtures.PASSWORD)).as("hold over").isTrue();
    }

    @Test
    void a_successful_sign_in_starts_the_count_again() throws Exception {
        failTimes(LoginAttempts.THRESHOLD - 1);
        assertThat(signIn(agent, Fixtures.PASSWORD)).isTrue();

        failTimes(LoginAttempts.THRESHOLD - 1);
        assertThat(signIn(agent, Fixtures.PASSWORD)).as("not held").isTrue();
    }

    @Test
    void an_unknown_username_is_refused_like_a_wrong_password() throws Exception {
        assertThat(signIn(Fixtures.unique("nobody"), Fixtures.PASSWORD)).isFalse();
    }
}
