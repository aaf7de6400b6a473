package app.plateau.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
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
