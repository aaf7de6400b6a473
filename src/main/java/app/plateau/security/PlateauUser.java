package app.plateau.security;

import app.plateau.base.SignedInUser;
import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security and the services see it. */
public final class PlateauUser implements UserDetails, SignedInUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long accountId;
    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final Long siteId;
    private final Long personId;
    private final Set<Role> roles;
    private final boolean locked;
    private final boolean held;

    PlateauUser(Account account, Instant now) {
        this.accountId = account.getId();
        this.username = account.getUsername();
        this.passwordHash = account.getPasswordHash();
        this.displayName = account.getDisplayName();
        this.siteId = account.getSiteId();
        this.personId = account.getPersonId();
        this.roles = account.getRoles();
        this.locked = account.isLocked();
        this.held = account.isHeldAt(now);
    }

    /** A principal for work the system does itself (demo data, scheduled jobs): a global administrator. */
    public static PlateauUser system() {
        return new PlateauUser(null, "system", "Plateau", null, null, EnumSet.of(Role.ADMIN));
    }

    private PlateauUser(Long accountId, String username, String displayName, Long siteId, Long personId,
            Set<Role> roles) {
        this.accountId = accountId;
        this.username = username;
        this.passwordHash = null;
        this.displayName = displayName;
        this.siteId = siteId;
        this.personId = personId;
        this.roles = EnumSet.copyOf(roles);
        this.locked = false;
        this.held = false;
    }

    public Long accountId() {
        return accountId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    /** The site this account's roles hold at; {@code null} for a global administrator. */
    public Long siteId() {
        return siteId;
    }

    public Long personId() {
        return personId;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isGlobalAdmin() {
        return siteId == null && roles.contains(Role.ADMIN);
    }

    /** Whether this user may see or change the data of a site. */
    public boolean mayAccessSite(Long dataSiteId) {
        return isGlobalAdmin() || (siteId != null && siteId.equals(dataSiteId));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked && !held;
    }

    @Override
    public boolean isEnabled() {
        return passwordHash != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlateauUser user && username.equals(user.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
