package app.plateau.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Signs in through the real login form over HTTP, so that the lockout is proven with the filter
 * chain exactly as a browser meets it.
 */
@Tag("mariadb")
class LoginLockoutTest extends SignInHttpTest {

    private String agent;

    @BeforeEach
    void site() {
        agent = fixtures.site().username(Role.AGENT);
    }

    /** Posts the login form from a fresh browser session; true when it lets the user in. */
    private boolean signIn(String username, String password) {
        return visitor().signIn(username, password);
    }

    private void failTimes(int times) {
        for (int attempt = 0; attempt < times; attempt++) {
            assertThat(signIn(agent, "wrong-password")).isFalse();
        }
    }

    @Test
    void the_right_password_signs_in_and_a_wrong_one_does_not() {
        assertThat(signIn(agent, "wrong-password")).isFalse();
        assertThat(signIn(agent, Fixtures.PASSWORD)).isTrue();
    }

    @Test
    void five_wrong_passwords_hold_the_account_for_five_minutes() {
        failTimes(LoginAttempts.THRESHOLD);
        assertThat(signIn(agent, Fixtures.PASSWORD)).as("held").isFalse();

        clock.advance(LoginAttempts.HOLD.minusSeconds(1));
        assertThat(signIn(agent, Fixtures.PASSWORD)).as("still held").isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(agent, Fixtures.PASSWORD)).as("hold over").isTrue();
    }

    @Test
    void a_successful_sign_in_starts_the_count_again() {
        failTimes(LoginAttempts.THRESHOLD - 1);
        assertThat(signIn(agent, Fixtures.PASSWORD)).isTrue();

        failTimes(LoginAttempts.THRESHOLD - 1);
        assertThat(signIn(agent, Fixtures.PASSWORD)).as("not held").isTrue();
    }

    @Test
    void an_unknown_username_is_refused_like_a_wrong_password() {
        assertThat(signIn(Fixtures.unique("nobody"), Fixtures.PASSWORD)).isFalse();
    }
}
