package app.plateau.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one activation link an account may have: the hash of its token (never the token), when it
 * was issued and by whom, when it expires and when it was used. Issuing a new link overwrites the
 * row, so an older link stops working.
 */
@Entity
@Table(name = "account_activation")
class ActivationLink {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by")
    private Long issuedBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ActivationLink() {
    }

    ActivationLink(long accountId) {
        this.accountId = accountId;
    }

    /** Replaces whatever link the account had by a fresh, unused one. */
    void reissue(String tokenHash, Instant issuedAt, Long issuedBy, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.expiresAt = expiresAt;
        this.usedAt = null;
    }

    Long getAccountId() {
        return accountId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getUsedAt() {
        return usedAt;
    }

    boolean isUsableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof ActivationLink link && accountId != null
                && accountId.equals(link.accountId));
    }

    @Override
    public int hashCode() {
        return ActivationLink.class.hashCode();
    }
}
