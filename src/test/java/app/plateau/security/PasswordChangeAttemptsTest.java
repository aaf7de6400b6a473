package app.plateau.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Signing;
import app.plateau.base.DomainException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Changing one's password asks for the current one: a stolen open session must not become a way to
 * guess it. Wrong current passwords count with the sign-in failures, in the same hold.
 */
@Tag("mariadb")
class PasswordChangeAttemptsTest extends SignInHttpTest {

    private static final String NEW_PASSWORD = "Nouveau-secret-42";
    private static final String WRONG = "password.error.current-wrong";
    private static final String HELD = "password.error.held";

    @Autowired
    private AccountService accounts;
    @Autowired
    private AccountUserDetailsService users;
    private String agent;

    @BeforeEach
    void signInAnAgent() {
        agent = fixtures.site().username(Role.AGENT);
        Signing.signIn(users, agent);
    }

    @AfterEach
    void signOut() {
        Signing.signOut();
    }

    /** The refusal's message key, or null when the password was changed. */
    private String change(String current) {
        try {
            accounts.changeOwnPassword(current, NEW_PASSWORD);
            return null;
        } catch (DomainException refused) {
            return refused.getMessageKey();
        }
    }

    @Test
    void twelve_wrong_current_passwords_in_a_row_are_not_all_checked_and_hold_the_account() {
        String hash = hashOf(agent);
        int mark = encoder.mark();

        List<String> answers = new ArrayList<>();
        for (int attempt = 0; attempt < 12; attempt++) {
            answers.add(change("wrong-" + attempt));
        }

        List<String> expected = new ArrayList<>(Collections.nCopies(LoginAttempts.THRESHOLD, WRONG));
        expected.addAll(Collections.nCopies(12 - LoginAttempts.THRESHOLD, HELD));
        assertThat(answers).isEqualTo(expected);
        assertThat(encoder.checkedSince(mark)).as("checks of the current password").hasSize(LoginAttempts.THRESHOLD);
        assertThat(visitor().signIn(agent, Fixtures.PASSWORD)).as("the same hold stops signing in").isFalse();

        mark = encoder.mark();
        clock.advance(LoginAttempts.HOLD.minusSeconds(1));
        assertThat(change(Fixtures.PASSWORD)).as("the right password during the hold").isEqualTo(HELD);
        assertThat(encoder.checkedSince(mark)).as("not even checked").isEmpty();
        assertThat(hashOf(agent)).isEqualTo(hash);

        clock.advance(LoginAttempts.HOLD);
        assertThat(change(Fixtures.PASSWORD)).as("after the hold").isNull();
        assertThat(visitor().signIn(agent, NEW_PASSWORD)).isTrue();
    }

    @Test
    void sign_in_failures_and_wrong_current_passwords_add_up_to_one_hold() {
        for (int attempt = 0; attempt < LoginAttempts.THRESHOLD - 1; attempt++) {
            assertThat(visitor().signIn(agent, "wrong-" + attempt)).isFalse();
        }

        assertThat(change("wrong-again")).isEqualTo(WRONG);
        assertThat(change(Fixtures.PASSWORD)).isEqualTo(HELD);
    }

    @Test
    void wrong_current_passwords_sent_at_once_are_all_counted() throws Exception {
        String hash = hashOf(agent);
        PlateauUser user = users.loadUserByUsername(agent);
        List<Callable<String>> attempts = new ArrayList<>();
        for (int attempt = 0; attempt < 12; attempt++) {
            String wrong = "wrong-" + attempt;
            attempts.add(() -> {
                Signing.signIn(users, user.getUsername());
                try {
                    return change(wrong);
                } finally {
                    Signing.signOut();
                }
            });
        }
        int mark = encoder.mark();

        List<String> answers = AtOnce.call(attempts);

        assertThat(answers).doesNotContainNull();
        assertThat(encoder.checkedSince(mark)).filteredOn(hash::equals).hasSizeLessThanOrEqualTo(LoginAttempts.THRESHOLD);
        assertThat(isHeld(agent)).isTrue();
    }
}
