package app.plateau.security;

import app.plateau.base.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A login. It knows its site and person by id only, so that security depends on no feature.
 * An account without a password hash cannot log in until an administrator sets one.
 */
// Only changed columns are written, so an edit never overwrites a sign-in count updated meanwhile.
@DynamicUpdate
@Entity
public class Account {

    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 120;
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Pattern(regexp = USERNAME_PATTERN, message = "{account.username.pattern}")
    @Column(nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "site_id")
    private Long siteId;

    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "held_until")
    private Instant heldUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Account() {
    }

    Account(String username, String displayName, Long siteId, Long personId, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.personId = personId;
        assign(siteId, roles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getPersonId() {
        return personId;
    }

    void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Instant getHeldUntil() {
        return heldUntil;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isHeldAt(Instant now) {
        return heldUntil != null && heldUntil.isAfter(now);
    }

    /** Roles and site go together: only an administrator may be held at no site. */
    void assign(Long siteId, Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new DomainException("account.error.no-role");
        }
        if (siteId == null && !newRoles.equals(EnumSet.of(Role.ADMIN))) {
            throw new DomainException("account.error.site-required");
        }
        this.siteId = siteId;
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void lock() {
        this.locked = true;
    }

    void unlock() {
        this.locked = false;
        clearHold();
    }

    void clearHold() {
        this.failedAttempts = 0;
        this.heldUntil = null;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Account account && id != null && id.equals(account.id));
    }

    @Override
    public int hashCode() {
        return Account.class.hashCode();
    }
}
