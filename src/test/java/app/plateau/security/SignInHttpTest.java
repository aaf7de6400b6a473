package app.plateau.security;

import app.plateau.Fixtures;
import java.sql.Timestamp;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the tests that sign in over HTTP through the real filter chain, as a browser does. Plateau
 * runs as in production behind a proxy, whose {@code X-Forwarded-For} names the client, so one test
 * can speak for many clients; the clock moves and the password checks are counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // The clock moves: the timed jobs would act at the moved time on the shared test database.
        properties = {"server.forward-headers-strategy=native", "plateau.scheduling.enabled=false"})
@Import(SignInTestConfiguration.class)
@Tag("security")
abstract class SignInHttpTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected Fixtures fixtures;
    @Autowired
    protected MovableClock clock;
    @Autowired
    protected CountingPasswordEncoder encoder;
    @Autowired
    protected JdbcTemplate jdbc;

    /** Failures that earlier tests made from the same addresses no longer count against this one. */
    @BeforeEach
    void startAnHourLater() {
        clock.advance(Duration.ofHours(1));
    }

    protected LoginVisitor visitor() {
        return new LoginVisitor(port);
    }

    protected LoginVisitor visitorFrom(String address) {
        return LoginVisitor.from(port, address);
    }

    protected String hashOf(String username) {
        return jdbc.queryForObject("select password_hash from account where username = ?", String.class, username);
    }

    protected boolean isHeld(String username) {
        return jdbc.queryForObject("select count(*) from account where username = ? and held_until > ?",
                Integer.class, username, Timestamp.from(clock.instant())) == 1;
    }
}
