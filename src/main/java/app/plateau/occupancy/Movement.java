package app.plateau.occupancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One line of the movement journal: who did what, when, from which floor to which. Names are
 * copied at the time, so the record stays true when a person or a floor is renamed later.
 */
@Entity
@Immutable
public class Movement {

    public static final int DETAIL_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @Column(nullable = false)
    private Instant at;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private MovementKind kind;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "person_name")
    private String personName;

    @Column(name = "from_floor_id")
    private Long fromFloorId;

    @Column(name = "from_floor_name")
    private String fromFloorName;

    @Column(name = "to_floor_id")
    private Long toFloorId;

    @Column(name = "to_floor_name")
    private String toFloorName;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "transfer_id")
    private Long transferId;

    private String detail;

    protected Movement() {
    }

    Movement(long siteId, Instant at, MovementKind kind, String actorName) {
        this.siteId = siteId;
        this.at = at;
        this.kind = kind;
        this.actorName = actorName;
    }

    Movement person(Long id, String name) {
        this.personId = id;
        this.personName = name;
        return this;
    }

    Movement from(Long floorId, String floorName) {
        this.fromFloorId = floorId;
        this.fromFloorName = floorName;
        return this;
    }

    Movement to(Long floorId, String floorName) {
        this.toFloorId = floorId;
        this.toFloorName = floorName;
        return this;
    }

    Movement transfer(Long id) {
        this.transferId = id;
        return this;
    }

    Movement detail(String text) {
        this.detail = text == null || text.length() <= DETAIL_MAX ? text : text.substring(0, DETAIL_MAX);
        return this;
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Instant getAt() {
        return at;
    }

    public MovementKind getKind() {
        return kind;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getPersonName() {
        return personName;
    }

    public Long getFromFloorId() {
        return fromFloorId;
    }

    public String getFromFloorName() {
        return fromFloorName;
    }

    public Long getToFloorId() {
        return toFloorId;
    }

    public String getToFloorName() {
        return toFloorName;
    }

    public String getActorName() {
        return actorName;
    }

    public Long getTransferId() {
        return transferId;
    }

    public String getDetail() {
        return detail;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Movement movement && id != null && id.equals(movement.id));
    }

    @Override
    public int hashCode() {
        return Movement.class.hashCode();
    }
}
