package app.plateau.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds an account for five minutes after five wrong passwords in a row, against guessing. Each
 * attempt, at the login form or when changing one's password, is counted before its password is
 * checked, by one conditional update that the database applies atomically: a hundred simultaneous
 * attempts cannot all be checked while the count catches up. A right password gives the count back.
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

    /**
     * Counts an attempt in a transaction of its own, committed at once, so that neither a parallel
     * attempt nor the rollback of a refused password change can miss it.
     *
     * @return whether the attempt may check the account's password: false for an account held,
     *         locked, without a password or unknown
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean reserve(String username) {
        // Truncated to what the column keeps, so the hold ends exactly five minutes on, not a rounding later.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return accounts.reserveAttempt(username, THRESHOLD, now, now.plus(HOLD)) > 0;
    }

    /** The right password: the attempts counted so far, and a hold they set, are forgotten. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(long accountId) {
        accounts.clearFailures(accountId);
    }
}
