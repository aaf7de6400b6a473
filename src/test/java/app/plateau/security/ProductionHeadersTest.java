package app.plateau.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The {@code production} profile, as Docker Compose runs Plateau behind a TLS-terminating proxy:
 * the proxy's {@code X-Forwarded-Proto} is believed, pages ask browsers to use HTTPS only (HSTS),
 * and the session cookie is sent over HTTPS only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "production"})
@Tag("security")
class ProductionHeadersTest {

    @LocalServerPort
    private int port;

    private LoginVisitor throughTheProxy() {
        return new LoginVisitor(port, "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");
    }

    @Test
    void pages_ask_for_https_only_and_the_session_cookie_is_secure() {
        HttpResponse<String> loginPage = throughTheProxy().get("/login");

        assertThat(loginPage.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(SecurityHeadersTest.sessionCookie(loginPage)).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(loginPage.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void redirects_keep_the_scheme_the_proxy_was_reached_by() {
        HttpResponse<String> toLogin = throughTheProxy().get("/admin/accounts");

        assertThat(toLogin.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("https://").endsWith("/login"));
    }
}
