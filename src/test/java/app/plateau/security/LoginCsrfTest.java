package app.plateau.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Login CSRF: another site must not be able to sign a visitor's browser in (to an account of the
 * attacker's choosing) by posting the login form. Only the login page's own post, with the token
 * of the visitor's session, signs in.
 */
class LoginCsrfTest extends SignInHttpTest {

    private static final String[] FROM_ANOTHER_SITE = {"Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site"};

    @Test
    void a_login_posted_by_another_site_does_not_sign_the_browser_in() {
        String agent = fixtures.site().username(Role.AGENT);
        LoginVisitor victim = visitor();
        victim.openLoginPage();

        HttpResponse<Void> withoutToken = victim.postLogin(agent, Fixtures.PASSWORD, null, FROM_ANOTHER_SITE);
        assertThat(signedIn(withoutToken)).as("no token").isFalse();
        assertThat(victim.isSignedIn()).isFalse();

        String attackersOwnToken = visitor().openLoginPage();
        HttpResponse<Void> withAnotherSessionsToken =
                victim.postLogin(agent, Fixtures.PASSWORD, attackersOwnToken, FROM_ANOTHER_SITE);
        assertThat(signedIn(withAnotherSessionsToken)).as("another session's token").isFalse();
        assertThat(victim.isSignedIn()).isFalse();
    }

    @Test
    void the_login_page_posting_its_own_token_signs_in_under_a_new_session_id() {
        String agent = fixtures.site().username(Role.AGENT);
        LoginVisitor visitor = visitor();
        String token = visitor.openLoginPage();
        String before = visitor.sessionId();

        HttpResponse<Void> answer = visitor.postLogin(agent, Fixtures.PASSWORD, token,
                "Origin", visitor.uri("").toString(), "Sec-Fetch-Site", "same-origin");

        assertThat(signedIn(answer)).isTrue();
        assertThat(visitor.isSignedIn()).isTrue();
        assertThat(visitor.sessionId()).as("a session id known before signing in is worth nothing after")
                .isNotNull().isNotEqualTo(before);
    }

    private static boolean signedIn(HttpResponse<?> answer) {
        return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("/login");
    }
}
