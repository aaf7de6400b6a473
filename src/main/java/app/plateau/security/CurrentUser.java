package app.plateau.security;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling, and the site check every service makes before it touches a site's data. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<PlateauUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PlateauUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /**
     * Runs work the system does itself (scheduled jobs, demo data, feeds) as {@link PlateauUser#system()},
     * then puts back whoever was signed in on this thread.
     */
    public static <T> T asSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        PlateauUser system = PlateauUser.system();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null,
                system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }

    public static PlateauUser get() {
        return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** Refuses data of a site other than the caller's (a global administrator sees every site). */
    public static void checkSite(Long dataSiteId) {
        if (!get().mayAccessSite(dataSiteId)) {
            throw new AccessDeniedException("site " + dataSiteId + " is not the caller's");
        }
    }

    /**
     * The site a query is limited to: the caller's own, or for a global administrator the one asked
     * for ({@code null} meaning all sites).
     */
    public static Long scopeSite(Long requestedSiteId) {
        PlateauUser user = get();
        if (user.isGlobalAdmin()) {
            return requestedSiteId;
        }
        if (requestedSiteId != null && !requestedSiteId.equals(user.siteId())) {
            throw new AccessDeniedException("site " + requestedSiteId + " is not the caller's");
        }
        return user.siteId();
    }
}
