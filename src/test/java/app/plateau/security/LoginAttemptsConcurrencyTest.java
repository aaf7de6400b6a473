package app.plateau.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/**
 * Wrong passwords typed at the same moment are all counted: the count lives in the database, and each
 * attempt is counted before its password is checked.
 */
@SpringBootTest
@Tag("mariadb")
@Tag("security")
class LoginAttemptsConcurrencyTest {

    private static final int ATTEMPTS = 8;

    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void parallel_wrong_passwords_are_all_counted_and_hold_the_account() throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        for (int round = 0; round < 3; round++) {
            String username = fixtures.site().username(Role.AGENT);
            ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> refusals = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                refusals.add(pool.submit(() -> {
                    start.await();
                    try {
                        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong"));
                        return false;
                    } catch (BadCredentialsException refused) {
                        return true;
                    }
                }));
            }
            start.countDown();
            for (Future<Boolean> refusal : refusals) {
                assertThat(refusal.get(60, TimeUnit.SECONDS)).isTrue();
            }
            pool.shutdown();

            // The fifth attempt set the hold and restarted the count; the three after it met the hold and
            // were refused without being counted.
            assertThat(jdbc.queryForObject("select failed_attempts from account where username = ?", Integer.class,
                    username)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from account where username = ? and held_until is not null",
                    Integer.class, username)).isEqualTo(1);
        }
    }
}
