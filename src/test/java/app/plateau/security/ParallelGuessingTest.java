package app.plateau.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An attacker guessing one account's password with many requests at once, from many addresses:
 * each attempt is counted before its password is checked, so no more than the threshold reach the
 * real hash, and the right password waits for the hold to end like any other.
 */
@Tag("mariadb")
class ParallelGuessingTest extends SignInHttpTest {

    private static final int FIRST_WAVE = 89;
    private static final int SECOND_WAVE = 11;

    @Test
    void a_hundred_simultaneous_guesses_reach_the_real_hash_at_most_five_times() throws Exception {
        String agent = fixtures.site().username(Role.AGENT);
        int mark = encoder.mark();

        // The right password is the 90th guess: it goes with the second wave, once the first has been answered.
        List<Boolean> firstWave = guessAtOnce(agent, 0, FIRST_WAVE, -1);
        List<Boolean> secondWave = guessAtOnce(agent, FIRST_WAVE, SECOND_WAVE, 0);

        List<String> checked = encoder.checkedSince(mark);
        assertThat(checked).as("every answer cost one password check").hasSize(FIRST_WAVE + SECOND_WAVE);
        assertThat(checked).as("checks against the account's real hash").filteredOn(hashOf(agent)::equals)
                .hasSize(LoginAttempts.THRESHOLD);
        assertThat(firstWave).as("no wrong guess lets anyone in").containsOnly(false);
        assertThat(secondWave).as("the right password during the hold").containsOnly(false);
        assertThat(isHeld(agent)).isTrue();

        clock.advance(LoginAttempts.HOLD);
        assertThat(visitorFrom("10.9.1.1").signIn(agent, Fixtures.PASSWORD)).as("after the hold").isTrue();
    }

    /**
     * Opens the login page for each guess, then posts all of them at the same moment, each from its
     * own address; the guess at {@code right} carries the right password.
     */
    private List<Boolean> guessAtOnce(String username, int first, int count, int right) throws Exception {
        List<Callable<Boolean>> guesses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LoginVisitor attacker = visitorFrom("10.9.0." + (first + i + 1));
            String token = attacker.openLoginPage();
            String password = i == right ? Fixtures.PASSWORD : "guess-" + (first + i);
            guesses.add(() -> LoginVisitor.letIn(attacker.postLogin(username, password, token)));
        }
        return AtOnce.call(guesses);
    }
}
