package app.plateau.occupancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One stay of a person on a floor, from arrival to departure; open while {@code endedAt} is empty. */
@Entity
public class Presence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "floor_id", nullable = false, updatable = false)
    private Long floorId;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "start_kind", nullable = false, updatable = false)
    private StayChange startKind;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "end_kind")
    private StayChange endKind;

    @Column(name = "ended_by")
    private String endedBy;

    /** The person's id while the stay is open, else empty: a unique key allows one open stay per person. */
    @Column(name = "open_person_id")
    private Long openPersonId;

    protected Presence() {
    }

    Presence(long siteId, long personId, long floorId, Instant startedAt, StayChange kind, String startedBy) {
        this.siteId = siteId;
        this.personId = personId;
        this.floorId = floorId;
        this.startedAt = startedAt;
        this.startKind = kind;
        this.startedBy = startedBy;
        this.openPersonId = personId;
    }

    void end(Instant at, StayChange kind, String by) {
        this.endedAt = at;
        this.endKind = kind;
        this.endedBy = by;
        this.openPersonId = null;
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getFloorId() {
        return floorId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public StayChange getStartKind() {
        return startKind;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public StayChange getEndKind() {
        return endKind;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public Duration lengthAt(Instant now) {
        return Duration.between(startedAt, endedAt == null ? now : endedAt);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Presence presence && id != null && id.equals(presence.id));
    }

    @Override
    public int hashCode() {
        return Presence.class.hashCode();
    }
}
