package app.plateau.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person's calendar feed: the SHA-256 of its secret token, never the token itself, so that a
 * copy of the database opens no one's agenda. A person has at most one feed that is not revoked.
 */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    /** Fixed-width hex, as the migration declares it. */
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_read_at")
    private Instant lastReadAt;

    protected CalendarFeed() {
    }

    CalendarFeed(Long personId, String tokenHash, Instant createdAt) {
        this.personId = personId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    void read(Instant at) {
        lastReadAt = at;
    }

    Long getId() {
        return id;
    }

    Long getPersonId() {
        return personId;
    }

    String getTokenHash() {
        return tokenHash;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    Instant getLastReadAt() {
        return lastReadAt;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CalendarFeed feed && id != null && id.equals(feed.id);
    }

    @Override
    public int hashCode() {
        return CalendarFeed.class.hashCode();
    }
}
