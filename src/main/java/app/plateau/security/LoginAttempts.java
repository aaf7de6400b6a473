package app.plateau.security;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds an account for five minutes after five wrong passwords in a row, against guessing. The
 * counting is done by update statements, so that simultaneous attempts are all counted.
 */
@Component
class LoginAttempts {

    static final int THRESHOLD = 5;
    static final Duration HOLD = Duration.ofMinutes(5);

    private final AccountRepository accounts;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(Locale.ROOT);
        if (accounts.countFailure(username) > 0) {
            // Truncated to what the column keeps, so the hold ends exactly five minutes on, not a rounding later.
            accounts.holdIfReached(username, THRESHOLD, clock.instant().plus(HOLD).truncatedTo(ChronoUnit.MICROS));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PlateauUser user && user.accountId() != null) {
            accounts.clearFailures(user.accountId());
        }
    }
}
