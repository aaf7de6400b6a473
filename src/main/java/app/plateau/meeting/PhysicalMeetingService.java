package app.plateau.meeting;

import app.plateau.base.Checks;
import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.base.Text;
import app.plateau.organisation.Site;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The physical-meeting exception: a meeting in a room is only held once the site manager approved
 * its request. A decision is final and taken under the meeting's row lock, so two managers deciding
 * at once get one decision and one refusal naming who decided. An approval checks the room again
 * under its lock: requests do not hold a room, so of two requests for one time only the first
 * approved keeps it.
 */
@Service
public class PhysicalMeetingService {

    static final String DECIDERS = "hasRole('SITE_MANAGER')";

    private final MeetingRepository meetings;
    private final OccurrenceRepository occurrences;
    private final RoomCheck roomCheck;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PhysicalMeetingService(MeetingRepository meetings, OccurrenceRepository occurrences, RoomCheck roomCheck,
            EntityManager entityManager, ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.occurrences = occurrences;
        this.roomCheck = roomCheck;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /** The caller's site's requests waiting for a decision, oldest first. */
    @PreAuthorize(DECIDERS)
    @Transactional(readOnly = true)
    public List<MeetingRequest> pending(Pageable pageable) {
        Long siteId = CurrentUser.get().siteId();
        if (siteId == null) {
            return List.of();
        }
        List<Meeting> page = entityManager.createQuery("select m from Meeting m join fetch m.organiser"
                        + " left join fetch m.room where m.siteId = :site and m.state = :state"
                        + " order by m.createdAt, m.id", Meeting.class)
                .setParameter("site", siteId)
                .setParameter("state", MeetingState.REQUESTED)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> invited = new HashMap<>();
        entityManager.createQuery("select m.id, count(a.person.id) from Meeting m join m.attendees a where m.id in :ids"
                        + " group by m.id", Object[].class)
                .setParameter("ids", page.stream().map(Meeting::getId).toList())
                .getResultList()
                .forEach(row -> invited.put((Long) row[0], (Long) row[1]));
        ZoneId zone = zoneOf(siteId);
        return page.stream().map(meeting -> request(meeting, invited.getOrDefault(meeting.getId(), 0L), zone))
                .toList();
    }

    @PreAuthorize(DECIDERS)
    @Transactional(readOnly = true)
    public long countPending() {
        Long siteId = CurrentUser.get().siteId();
        if (siteId == null) {
            return 0;
        }
        return entityManager.createQuery("select count(m) from Meeting m where m.siteId = :site"
                        + " and m.state = :state", Long.class)
                .setParameter("site", siteId)
                .setParameter("state", MeetingState.REQUESTED)
                .getSingleResult();
    }

    /**
     * Approves a request: the meeting is held in its room. Refused when the room no longer fits
     * (an approved meeting took it meanwhile) or when nothing of the meeting is still to come.
     * Read-committed, so that the room's meetings are read as committed once its lock is held.
     */
    @PreAuthorize(DECIDERS)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void approve(long meetingId) {
        PlateauUser user = CurrentUser.get();
        Meeting meeting = lockPending(meetingId);
        Instant now = clock.instant();
        List<Slot> coming = occurrences.findByMeetingIdOrderByStartsAt(meetingId).stream()
                .filter(o -> !o.isCancelled() && !o.getStartsAt().isBefore(now))
                .map(o -> new Slot(o.getStartsAt(), o.getEndsAt()))
                .toList();
        if (coming.isEmpty()) {
            throw new DomainException("meeting-request.error.past", meeting.getTitle());
        }
        roomCheck.check(meeting.getRoom(), coming, meeting.participantIds().size(), meetingId,
                zoneOf(meeting.getSiteId()));
        meeting.decide(MeetingState.SCHEDULED, now, user.displayName(), null);
        publish(meeting, MeetingChanged.Kind.APPROVED, now);
    }

    /** Denies a request, with the reason the organiser will read. */
    @PreAuthorize(DECIDERS)
    @Transactional
    public void deny(long meetingId, String reason) {
        PlateauUser user = CurrentUser.get();
        Meeting meeting = lockPending(meetingId);
        String why = Checks.text(reason, Meeting.REASON_MAX, "meeting-request.deny-reason");
        Instant now = clock.instant();
        meeting.decide(MeetingState.DENIED, now, user.displayName(), why);
        publish(meeting, MeetingChanged.Kind.DENIED, now);
    }

    /**
     * The meeting, locked until commit; refused when it is not a request of the caller's site waiting
     * for a decision, naming who decided it when someone did.
     */
    private Meeting lockPending(long meetingId) {
        Meeting meeting = meetings.findLocked(meetingId).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(meeting.getSiteId());
        if (meeting.getState() == MeetingState.REQUESTED) {
            return meeting;
        }
        if (meeting.getDecidedBy() != null && meeting.getState() != MeetingState.CANCELLED) {
            LocalDateTime decidedAt = LocalDateTime.ofInstant(meeting.getDecidedAt(), zoneOf(meeting.getSiteId()));
            throw new DomainException(meeting.getState() == MeetingState.SCHEDULED
                    ? "meeting-request.error.already-approved" : "meeting-request.error.already-denied",
                    meeting.getTitle(), meeting.getDecidedBy(), decidedAt);
        }
        throw new DomainException("meeting-request.error.not-pending", meeting.getTitle(),
                new Text(meeting.getState().messageKey()));
    }

    private void publish(Meeting meeting, MeetingChanged.Kind kind, Instant now) {
        events.publishEvent(new MeetingChanged(meeting.getSiteId(), meeting.getId(), null, kind,
                meeting.participantIds(), Set.of(), now));
    }

    private static MeetingRequest request(Meeting meeting, long invited, ZoneId zone) {
        MeetingRoom room = meeting.getRoom();
        LocalDateTime start = meeting.getFirstStartLocal();
        return new MeetingRequest(meeting.getId(), meeting.getTitle(), meeting.getOrganiser().getFullName(), start,
                start.plusMinutes(meeting.getDurationMinutes()), Recurrence.parse(meeting.getRecurrence(), zone),
                room == null ? null : room.getName(), room == null ? 0 : room.getSanitaryCap(), (int) invited + 1,
                meeting.getJustification(), LocalDateTime.ofInstant(meeting.getCreatedAt(), zone));
    }

    private ZoneId zoneOf(long siteId) {
        Site site = entityManager.find(Site.class, siteId);
        return site == null ? ZoneId.of(Site.DEFAULT_TIME_ZONE) : site.zoneId();
    }
}
