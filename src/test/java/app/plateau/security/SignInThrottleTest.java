package app.plateau.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.security.AccountService.AccountDraft;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * What one client address may try, and what a refusal costs: an attacker walking through many
 * accounts from one address is stopped at its limit, and an account that may not sign in answers
 * after the same password check as any other, so the answer's time tells nothing about it.
 */
@Tag("mariadb")
class SignInThrottleTest extends SignInHttpTest {

    @Autowired
    private Environment environment;
    @Autowired
    private AccountService accounts;

    @Test
    void one_address_walking_through_many_accounts_is_stopped_at_its_limit() throws Exception {
        int limit = environment.getRequiredProperty("plateau.security.login.client-failures", Integer.class);
        Duration window = environment.getRequiredProperty("plateau.security.login.client-window", Duration.class);
        TestSite site = fixtures.site();
        List<String> usernames = new ArrayList<>(site.usernames().values());
        while (usernames.size() < 2 * limit) {
            usernames.add(Fixtures.unique("walk"));
        }
        String attacker = "10.8.0.1";
        List<Callable<Boolean>> guesses = new ArrayList<>();
        for (String username : usernames) {
            LoginVisitor visitor = visitorFrom(attacker);
            String token = visitor.openLoginPage();
            guesses.add(() -> LoginVisitor.letIn(visitor.postLogin(username, "guess-1234", token)));
        }
        int mark = encoder.mark();

        assertThat(AtOnce.call(guesses)).containsOnly(false);

        assertThat(encoder.checkedSince(mark)).as("guesses whose password was checked").hasSize(limit);
        String agent = site.username(Role.AGENT);
        assertThat(visitorFrom(attacker).signIn(agent, Fixtures.PASSWORD)).as("from the same address").isFalse();
        assertThat(visitorFrom("10.8.0.2").signIn(agent, Fixtures.PASSWORD)).as("from another address").isTrue();
        clock.advance(window);
        assertThat(visitorFrom(attacker).signIn(agent, Fixtures.PASSWORD)).as("once the window is over").isTrue();
    }

    @Test
    void an_account_that_may_not_sign_in_costs_the_same_password_check_as_any_other() {
        TestSite site = fixtures.site();
        String held = site.username(Role.AGENT);
        String locked = site.username(Role.AUDITOR);
        String plain = site.username(Role.SITE_MANAGER);
        String passwordless = Fixtures.asSystem(() -> accounts.create(new AccountDraft(Fixtures.unique("nopass"),
                "Sans mot de passe", site.site().getId(), null, EnumSet.of(Role.AGENT)), null).getUsername());
        for (int attempt = 0; attempt < LoginAttempts.THRESHOLD; attempt++) {
            assertThat(visitorFrom("10.7.0.1").signIn(held, "wrong-" + attempt)).isFalse();
        }
        Long lockedId = jdbc.queryForObject("select id from account where username = ?", Long.class, locked);
        Fixtures.asSystem(() -> {
            accounts.lock(lockedId);
            return null;
        });
        String cost = cost(hashOf(plain));

        assertOneCheck(plain, "wrong-password", hashOf(plain));
        for (String refused : List.of(held, locked, passwordless, Fixtures.unique("nobody"))) {
            List<String> checked = assertOneCheck(refused, Fixtures.PASSWORD, null);
            assertThat(cost(checked.get(0))).as("cost of the check for %s", refused).isEqualTo(cost);
        }
    }

    /** Signs in, refused, and returns the one hash checked; the expected hash when one is given. */
    private List<String> assertOneCheck(String username, String password, String expectedHash) {
        int mark = encoder.mark();
        assertThat(visitorFrom("10.7.0.2").signIn(username, password)).as(username).isFalse();
        List<String> checked = encoder.checkedSince(mark);
        assertThat(checked).as("password checks for %s", username).hasSize(1);
        if (expectedHash != null) {
            assertThat(checked.get(0)).isEqualTo(expectedHash);
        } else {
            assertThat(checked.get(0)).as("the account's own hash is never checked").isNotEqualTo(hashOrNull(username));
        }
        return checked;
    }

    private String hashOrNull(String username) {
        List<String> hashes = jdbc.queryForList("select password_hash from account where username = ?", String.class,
                username);
        return hashes.isEmpty() ? null : hashes.get(0);
    }

    /** A BCrypt hash's version and cost, e.g. {@code $2a$10$}: what decides how long a check takes. */
    private static String cost(String hash) {
        return hash.substring(0, 7);
    }
}
