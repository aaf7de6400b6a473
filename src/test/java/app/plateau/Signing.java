package app.plateau;

import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.PlateauUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a real account in for service tests, without a browser. */
public final class Signing {

    private Signing() {
    }

    public static PlateauUser signIn(AccountUserDetailsService users, String username) {
        PlateauUser user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
