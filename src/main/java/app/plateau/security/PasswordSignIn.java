package app.plateau.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs in with a username and a password, the only way in. In order: the client's address and all
 * clients together must be under their limits ({@link LoginThrottle}), else the answer is an
 * immediate refusal that looks at no account; the attempt is then counted on the account before any
 * password check ({@link LoginAttempts}); and exactly one BCrypt check follows, against the
 * account's hash when the attempt was counted, or else against a stand-in hash of the same cost, so
 * that an account held, locked, without a password or unknown answers in the time of any other.
 * Every refusal is the same {@link BadCredentialsException}, shown as one message.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final AccountUserDetailsService users;
    private final LoginAttempts attempts;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final String standIn;

    PasswordSignIn(AccountUserDetailsService users, LoginAttempts attempts, LoginThrottle throttle,
            PasswordEncoder passwordEncoder) {
        this.users = users;
        this.attempts = attempts;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.standIn = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        LoginThrottle.Permit permit = throttle.tryAcquire(clientAddress(authentication))
                .orElseThrow(PasswordSignIn::refused);
        PlateauUser user;
        try {
            user = check(AccountUserDetailsService.normalise(authentication.getName()),
                    authentication.getCredentials() == null ? "" : authentication.getCredentials().toString());
        } catch (BadCredentialsException wrong) {
            // The attempt stays counted against the client.
            throw wrong;
        } catch (RuntimeException noAnswer) {
            // The database failed, not the client: its place is given back. Wrapped as Spring's own
            // provider wraps such failures, so the login form answers as it did before.
            permit.giveBack();
            throw new InternalAuthenticationServiceException(noAnswer.getMessage(), noAnswer);
        }
        permit.giveBack();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /** Counts the attempt on the account, then checks one hash: the account's when it was counted. */
    private PlateauUser check(String username, String password) {
        Optional<PlateauUser> user = find(username);
        boolean counted = attempts.reserve(username);
        String hash = counted ? user.map(PlateauUser::getPassword).orElse(null) : null;
        boolean right = passwordEncoder.matches(password, hash == null ? standIn : hash);
        if (!right || hash == null) {
            throw refused();
        }
        attempts.succeeded(user.get().accountId());
        return user.get();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private Optional<PlateauUser> find(String username) {
        try {
            return Optional.of(users.loadUserByUsername(username));
        } catch (UsernameNotFoundException unknown) {
            return Optional.empty();
        }
    }

    /** The request's remote address, as the login filter noted it; none when not signing in over HTTP. */
    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private static BadCredentialsException refused() {
        return new BadCredentialsException("Bad credentials");
    }
}
