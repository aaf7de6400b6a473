package app.plateau;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the test sets, shared by every zone view of it as the application's clock is. A test class
 * takes it as the application's clock with {@code @Import(SetClock.AsApplicationClock.class)} and
 * turns the timed jobs off with {@code @TestPropertySource(properties = "plateau.scheduling.enabled=false")}:
 * its cached context would otherwise keep sweeping the shared test database at the moved time,
 * ending other classes' stays and requests. Every such class shares one Spring context.
 */
public final class SetClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    SetClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new SetClock(now, newZone);
    }

    @TestConfiguration
    public static class AsApplicationClock {

        @Bean
        @Primary
        SetClock setClock() {
            return new SetClock(new AtomicReference<>(Instant.now()), ZoneOffset.UTC);
        }
    }
}
