package app.plateau.meeting;

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

/**
 * One sitting of a meeting. {@code originalStart} is where the series' rule put it (the iCalendar
 * RECURRENCE-ID); {@code startsAt}/{@code endsAt} are where it is now, moved when one occurrence is
 * changed. Bridge, PIN and line count repeat the meeting's so overlap checks read this table alone.
 */
@Entity
@Table(name = "meeting_occurrence")
public class Occurrence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "original_start", nullable = false, updatable = false)
    private Instant originalStart;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private boolean cancelled;

    /** Moved or changed on its own, apart from the series. */
    @Column(nullable = false)
    private boolean modified;

    @Column(name = "sequence_number", nullable = false)
    private int sequence;

    @Column(name = "bridge_id")
    private Long bridgeId;

    @Column(length = 12)
    private String pin;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "room_id")
    private Long roomId;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Version
    private long version;

    protected Occurrence() {
    }

    Occurrence(Meeting meeting, Instant originalStart, Instant endsAt) {
        this.meeting = meeting;
        this.siteId = meeting.getSiteId();
        this.originalStart = originalStart;
        this.startsAt = originalStart;
        this.endsAt = endsAt;
    }

    void move(Instant startsAt, Instant endsAt) {
        if (!startsAt.equals(this.startsAt)) {
            this.remindedAt = null;
        }
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    void markModified() {
        this.modified = true;
        this.sequence++;
    }

    void cancel() {
        this.cancelled = true;
        this.sequence++;
    }

    void resetException() {
        this.modified = false;
        this.cancelled = false;
    }

    void useBridge(Long bridgeId, String pin, int lineCount) {
        this.bridgeId = bridgeId;
        this.pin = pin;
        this.lineCount = lineCount;
    }

    void useRoom(Long roomId) {
        this.roomId = roomId;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Instant getOriginalStart() {
        return originalStart;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean isModified() {
        return modified;
    }

    public int getSequence() {
        return sequence;
    }

    public Long getBridgeId() {
        return bridgeId;
    }

    public String getPin() {
        return pin;
    }

    public int getLineCount() {
        return lineCount;
    }

    public Long getRoomId() {
        return roomId;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && endsAt.isAfter(from);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Occurrence occurrence && id != null && id.equals(occurrence.id);
    }

    @Override
    public int hashCode() {
        return Occurrence.class.hashCode();
    }
}
