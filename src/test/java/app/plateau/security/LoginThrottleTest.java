package app.plateau.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The per-address limit and the global ceiling on failed sign-ins, under simultaneous attempts. */
@Tag("security")
@Tag("mariadb")
class LoginThrottleTest {

    private static final int CLIENT_LIMIT = 10;
    private static final int GLOBAL_LIMIT = 40;
    private static final int LIMIT_AT_CEILING = 3;
    private static final Duration WINDOW = Duration.ofMinutes(5);

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(CLIENT_LIMIT, WINDOW, LIMIT_AT_CEILING, GLOBAL_LIMIT,
            WINDOW, 100, clock);

    private long granted(List<String> addresses) throws Exception {
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (String address : addresses) {
            attempts.add(() -> throttle.tryAcquire(address).isPresent());
        }
        return AtOnce.call(attempts).stream().filter(Boolean::booleanValue).count();
    }

    @Test
    void simultaneous_attempts_from_one_address_get_exactly_its_limit() throws Exception {
        assertThat(granted(java.util.Collections.nCopies(100, "198.51.100.7"))).isEqualTo(CLIENT_LIMIT);
        assertThat(throttle.tryAcquire("198.51.100.8")).as("another address").isPresent();
    }

    @Test
    void at_the_global_ceiling_every_address_is_held_to_a_few_tries_but_none_is_shut_out() throws Exception {
        // 8 addresses trying 5 times each reach the ceiling of 40 exactly, under the client limit of 10.
        List<String> attackers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            attackers.addAll(java.util.Collections.nCopies(5, "203.0.113." + i));
        }
        assertThat(granted(attackers)).isEqualTo(GLOBAL_LIMIT);

        assertThat(granted(java.util.Collections.nCopies(20, "203.0.113.0")))
                .as("an address past the lower limit").isZero();
        assertThat(granted(java.util.Collections.nCopies(20, "192.0.2.1")))
                .as("a fresh address: a person's few tries, no more").isEqualTo(LIMIT_AT_CEILING);
        assertThat(throttle.tryAcquire(null)).as("an attempt without an address").isEmpty();

        clock.advance(WINDOW);
        assertThat(granted(java.util.Collections.nCopies(20, "203.0.113.0")))
                .as("once the windows are over").isEqualTo(CLIENT_LIMIT);
    }

    @Test
    void a_right_password_gives_its_place_back() {
        List<LoginThrottle.Permit> permits = new ArrayList<>();
        for (int i = 0; i < CLIENT_LIMIT; i++) {
            permits.add(throttle.tryAcquire("198.51.100.7").orElseThrow());
        }
        assertThat(throttle.tryAcquire("198.51.100.7")).isEmpty();

        permits.get(0).giveBack();

        assertThat(throttle.tryAcquire("198.51.100.7")).isPresent();
        assertThat(throttle.tryAcquire("198.51.100.7")).isEmpty();
    }

    @Test
    void an_address_may_try_again_once_its_window_is_over() {
        for (int i = 0; i < CLIENT_LIMIT; i++) {
            throttle.tryAcquire("198.51.100.7");
        }
        clock.advance(WINDOW.minusSeconds(1));
        assertThat(throttle.tryAcquire("198.51.100.7")).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.tryAcquire("198.51.100.7")).isPresent();
    }

    @Test
    void the_addresses_remembered_are_bounded_however_many_an_attacker_uses() {
        LoginThrottle roomy = new LoginThrottle(CLIENT_LIMIT, WINDOW, LIMIT_AT_CEILING, Integer.MAX_VALUE,
                WINDOW, 100, clock);
        for (int i = 0; i < 100_000; i++) {
            roomy.tryAcquire("10." + (i >> 16) + "." + ((i >> 8) & 0xff) + "." + (i & 0xff));
        }

        assertThat(roomy.trackedClients()).isEqualTo(100);
    }

    @Test
    void an_ipv6_client_counts_by_its_network_and_an_ipv4_one_by_its_address() {
        assertThat(LoginThrottle.key("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottle.key("2001:DB8:1:2::ffff"))
                .isNotEqualTo(LoginThrottle.key("2001:db8:1:3::1"));
        assertThat(LoginThrottle.key("0:0:0:0:0:0:0:1")).isEqualTo(LoginThrottle.key("::1"));
        assertThat(LoginThrottle.key("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(LoginThrottle.key("192.0.2.1")).isNotEqualTo(LoginThrottle.key("192.0.2.2"));
        assertThat(LoginThrottle.key("x".repeat(500))).hasSize(45);

        Optional<LoginThrottle.Permit> first = Optional.empty();
        for (int i = 0; i < CLIENT_LIMIT; i++) {
            first = throttle.tryAcquire("2001:db8:1:2::" + Integer.toHexString(i + 1));
        }
        assertThat(first).isPresent();
        assertThat(throttle.tryAcquire("2001:db8:1:2:ffff::9")).as("same network, another address").isEmpty();
    }
}
