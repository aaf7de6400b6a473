package app.plateau.transfer;

import app.plateau.organisation.Floor;
import app.plateau.organisation.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's request to move from the floor they are on to another, and what became of it. */
@Entity
@Table(name = "transfer_request")
public class TransferRequest {

    public static final int TEXT_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_floor_id", nullable = false, updatable = false)
    private Floor fromFloor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_floor_id", nullable = false, updatable = false)
    private Floor toFloor;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false)
    private MoveReason reason;

    @Column(name = "reason_text", updatable = false)
    private String reasonText;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private TransferState state = TransferState.PENDING;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "move_at", nullable = false, updatable = false)
    private Instant moveAt;

    /** When the person expects to be back; empty for a move until the end of the shift. */
    @Column(name = "return_at", updatable = false)
    private Instant returnAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "auto_approved", nullable = false)
    private boolean autoApproved;

    @Column(name = "deny_reason")
    private String denyReason;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The person's id while the request is open: a unique key allows one open request per person. */
    @Column(name = "open_person_id")
    private Long openPersonId;

    @Version
    private long version;

    protected TransferRequest() {
    }

    TransferRequest(Person person, Floor fromFloor, Floor toFloor, MoveReason reason, String reasonText,
            Instant requestedAt, String requestedBy, Instant moveAt, Instant returnAt) {
        this.siteId = person.getSite().getId();
        this.person = person;
        this.fromFloor = fromFloor;
        this.toFloor = toFloor;
        this.reason = reason;
        this.reasonText = reasonText;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        this.moveAt = moveAt;
        this.returnAt = returnAt;
        this.openPersonId = person.getId();
    }

    void approve(Instant at, String by, boolean automatic, java.time.Duration lapse) {
        this.state = TransferState.APPROVED;
        this.decidedAt = at;
        this.decidedBy = by;
        this.autoApproved = automatic;
        this.expiresAt = (moveAt.isAfter(at) ? moveAt : at).plus(lapse);
    }

    void deny(Instant at, String by, String why) {
        this.state = TransferState.DENIED;
        this.decidedAt = at;
        this.decidedBy = by;
        this.denyReason = why;
        close(at);
    }

    void cancel(Instant at) {
        this.state = TransferState.CANCELLED;
        close(at);
    }

    void expire(Instant at) {
        this.state = TransferState.EXPIRED;
        close(at);
    }

    void arrive(Instant at) {
        this.state = TransferState.IN_PROGRESS;
        this.arrivedAt = at;
    }

    void complete(Instant at) {
        this.state = TransferState.COMPLETED;
        close(at);
    }

    private void close(Instant at) {
        this.closedAt = at;
        this.openPersonId = null;
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Person getPerson() {
        return person;
    }

    public Floor getFromFloor() {
        return fromFloor;
    }

    public Floor getToFloor() {
        return toFloor;
    }

    public MoveReason getReason() {
        return reason;
    }

    public String getReasonText() {
        return reasonText;
    }

    public TransferState getState() {
        return state;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getMoveAt() {
        return moveAt;
    }

    public Instant getReturnAt() {
        return returnAt;
    }

    public boolean isUntilEndOfShift() {
        return returnAt == null;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public boolean isAutoApproved() {
        return autoApproved;
    }

    public String getDenyReason() {
        return denyReason;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** For an expired request, whether it had been approved; {@code null} for any other state. */
    public Expiry getExpiry() {
        if (state != TransferState.EXPIRED) {
            return null;
        }
        return decidedAt == null ? Expiry.UNDECIDED : Expiry.LAPSED;
    }

    public Instant getArrivedAt() {
        return arrivedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof TransferRequest request && id != null && id.equals(request.id));
    }

    @Override
    public int hashCode() {
        return TransferRequest.class.hashCode();
    }
}
