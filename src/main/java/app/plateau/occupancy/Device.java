package app.plateau.occupancy;

import app.plateau.organisation.Floor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A screen or a badge reader of a site, or a program reading its feed. It proves itself with a
 * secret token of which only the SHA-256 hash is kept, so a copy of the database opens nothing.
 */
@Entity
public class Device {

    public static final int NAME_MAX = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "floor_id", updatable = false)
    private Floor floor;

    @Column(nullable = false, length = NAME_MAX, updatable = false)
    private String name;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false)
    private DeviceKind kind;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Version
    private long version;

    protected Device() {
    }

    Device(long siteId, Floor floor, String name, DeviceKind kind, String tokenHash, Instant createdAt,
            String createdBy) {
        this.siteId = siteId;
        this.floor = floor;
        this.name = name;
        this.kind = kind;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    /** The floor at whose door the device stands; empty for a feed client, or once the floor is deleted. */
    public Floor getFloor() {
        return floor;
    }

    public String getName() {
        return name;
    }

    public DeviceKind getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    String getTokenHash() {
        return tokenHash;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Device device && id != null && id.equals(device.id));
    }

    @Override
    public int hashCode() {
        return Device.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
