package app.plateau.security;

import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for {@link PasswordSignIn}, and for tests that sign in by name. It is deliberately
 * no {@code UserDetailsService} bean: Spring Security would build a second sign-in from it that
 * neither counts attempts nor throttles clients.
 */
@Component
public class AccountUserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PlateauUser loadUserByUsername(String username) {
        String normalised = normalise(username);
        return accounts.findByUsername(normalised)
                .map(account -> new PlateauUser(account, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException(normalised));
    }

    /** What was typed, as usernames are stored: trimmed and in lower case. */
    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
