package app.plateau;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The timed jobs (end of day, move expiry, reminders, rounds due, health retention). On unless
 * {@code plateau.scheduling.enabled=false}: a test that moves the application's clock turns them
 * off, since its jobs would act at the moved time on every site of the shared test database.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "plateau.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
