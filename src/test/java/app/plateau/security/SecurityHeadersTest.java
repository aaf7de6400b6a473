package app.plateau.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headers and cookies every answer carries when Plateau is served over plain HTTP (no HTTPS property). */
class SecurityHeadersTest extends SignInHttpTest {

    @Test
    void pages_carry_a_content_security_policy_and_the_other_protective_headers() {
        LoginVisitor visitor = visitor();
        HttpResponse<String> loginPage = visitor.get("/login");
        HttpResponse<String> redirect = visitor().get("/admin/accounts");
        assertThat(visitor.signIn(fixtures.site().username(Role.AGENT), Fixtures.PASSWORD)).isTrue();
        HttpResponse<String> home = visitor.get("/");

        for (HttpResponse<String> answer : List.of(loginPage, redirect, home)) {
            HttpHeaders headers = answer.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(answer.uri().toString()).hasValueSatisfying(
                    csp -> assertThat(csp).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                            "form-action 'self'", "frame-ancestors 'none'", "connect-src 'self'"));
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_but_not_secure_over_plain_http() {
        String cookie = sessionCookie(visitor().get("/login"));

        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void no_address_carries_the_session_id() {
        // A browser that returns no cookie: the server must not fall back on putting the session in the address.
        for (String path : List.of("/admin/accounts", "/VAADIN/", "/VAADIN/push")) {
            HttpResponse<String> toLogin = visitor().get(path);
            assertThat(toLogin.statusCode()).as(path).isEqualTo(302);
            assertThat(toLogin.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
        }
        assertThat(visitor().get("/login").body()).doesNotContainIgnoringCase("jsessionid");
    }

    static String sessionCookie(HttpResponse<?> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie set by " + answer.uri()));
    }
}
