package app.plateau.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** What the sign-in tests put in place of the real clock and encoder, so they can move time and count checks. */
@TestConfiguration(proxyBeanMethods = false)
public class SignInTestConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }

    @Bean
    @Primary
    CountingPasswordEncoder countingPasswordEncoder() {
        return new CountingPasswordEncoder();
    }
}
