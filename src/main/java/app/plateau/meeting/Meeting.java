package app.plateau.meeting;

import app.plateau.organisation.Person;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A meeting, or a series of them when it has a recurrence rule. Its occurrences, expanded from the
 * rule when it is saved, are {@link Occurrence} rows; the meeting holds what they share.
 */
@Entity
public class Meeting {

    public static final int TITLE_MAX = 200;
    public static final int AGENDA_MAX = 4000;
    public static final int URL_MAX = 500;
    public static final int JUSTIFICATION_MAX = 1000;
    public static final int REASON_MAX = 300;
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 8 * 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    /** The iCalendar UID: stable across updates so that calendars replace the event instead of adding one. */
    @Column(nullable = false, updatable = false, length = 80)
    private String uid;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = AGENDA_MAX)
    private String agenda;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organiser_id", nullable = false, updatable = false)
    private Person organiser;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "meeting_mode", nullable = false)
    private MeetingMode mode;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private MeetingState state;

    /** The first occurrence's start in the site's time zone; the recurrence rule counts from it. */
    @Column(name = "first_start_local", nullable = false)
    private LocalDateTime firstStartLocal;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    /** The RFC 5545 RRULE value, empty for a single meeting. */
    @Column(length = 300)
    private String recurrence;

    @Column(name = "video_room", length = 80)
    private String videoRoom;

    @Column(name = "external_url", length = URL_MAX)
    private String externalUrl;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bridge_id")
    private Bridge bridge;

    @Column(length = 12)
    private String pin;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id")
    private MeetingRoom room;

    @Column(length = JUSTIFICATION_MAX)
    private String justification;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "deny_reason", length = REASON_MAX)
    private String denyReason;

    /** The iCalendar SEQUENCE: raised on every change that attendees' calendars must take. */
    @Column(name = "sequence_number", nullable = false)
    private int sequence;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    private Set<Attendee> attendees = new LinkedHashSet<>();

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(Person organiser, String uid, MeetingMode mode, Instant now, String by) {
        this.siteId = organiser.getSite().getId();
        this.organiser = organiser;
        this.uid = uid;
        this.mode = mode;
        this.state = mode == MeetingMode.PHYSICAL ? MeetingState.REQUESTED : MeetingState.SCHEDULED;
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
    }

    void describe(String title, String agenda) {
        this.title = title;
        this.agenda = agenda;
    }

    void schedule(LocalDateTime firstStartLocal, int durationMinutes, String recurrence) {
        this.firstStartLocal = firstStartLocal;
        this.durationMinutes = durationMinutes;
        this.recurrence = recurrence;
    }

    void video(String room, String externalUrl) {
        this.videoRoom = room;
        this.externalUrl = externalUrl;
    }

    void phone(Bridge bridge, String pin) {
        this.bridge = bridge;
        this.pin = pin;
    }

    void physical(MeetingRoom room, String justification) {
        this.room = room;
        this.justification = justification;
    }

    /** A change of mode: a physical meeting waits for a decision, a virtual one needs none. */
    void setMode(MeetingMode mode) {
        this.mode = mode;
        if (mode == MeetingMode.PHYSICAL) {
            requestAgain();
        } else if (state == MeetingState.REQUESTED) {
            state = MeetingState.SCHEDULED;
        }
    }

    /** A physical meeting changed after a decision goes back to the site manager. */
    void requestAgain() {
        this.state = MeetingState.REQUESTED;
        this.decidedAt = null;
        this.decidedBy = null;
        this.denyReason = null;
    }

    void invite(Collection<Attendee> invited) {
        attendees.clear();
        attendees.addAll(invited);
    }

    void touched(Instant now) {
        this.updatedAt = now;
    }

    void nextSequence(Instant now) {
        this.sequence++;
        this.updatedAt = now;
    }

    void decide(MeetingState outcome, Instant at, String by, String reason) {
        this.state = outcome;
        this.decidedAt = at;
        this.decidedBy = by;
        this.denyReason = reason;
        nextSequence(at);
    }

    void cancel(Instant now) {
        this.state = MeetingState.CANCELLED;
        nextSequence(now);
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getUid() {
        return uid;
    }

    public String getTitle() {
        return title;
    }

    public String getAgenda() {
        return agenda;
    }

    public Person getOrganiser() {
        return organiser;
    }

    public MeetingMode getMode() {
        return mode;
    }

    public MeetingState getState() {
        return state;
    }

    public LocalDateTime getFirstStartLocal() {
        return firstStartLocal;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public Duration getDuration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public String getRecurrence() {
        return recurrence;
    }

    public boolean isRecurring() {
        return recurrence != null;
    }

    public String getVideoRoom() {
        return videoRoom;
    }

    public String getExternalUrl() {
        return externalUrl;
    }

    public Bridge getBridge() {
        return bridge;
    }

    public String getPin() {
        return pin;
    }

    public MeetingRoom getRoom() {
        return room;
    }

    public String getJustification() {
        return justification;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDenyReason() {
        return denyReason;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Attendee> getAttendees() {
        return attendees;
    }

    /** Everyone taking part: the organiser and the invited. */
    public Set<Long> participantIds() {
        Set<Long> ids = attendees.stream().map(a -> a.getPerson().getId())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        ids.add(organiser.getId());
        return ids;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Meeting meeting && id != null && id.equals(meeting.id);
    }

    @Override
    public int hashCode() {
        return Meeting.class.hashCode();
    }

    @Override
    public String toString() {
        return title;
    }
}
