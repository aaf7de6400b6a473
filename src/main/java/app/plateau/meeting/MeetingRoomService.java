package app.plateau.meeting;

import app.plateau.base.Checks;
import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.base.Sorting;
import app.plateau.organisation.Site;
import app.plateau.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rooms of a site where a physical meeting may be held by exception, each with its own sanitary
 * cap. Its administrators add, change and retire them; its managers read them. A change is checked
 * under the room's row lock, the lock requests and approvals take: the cap never goes below the
 * people of a meeting still to come in the room, and a room is not retired under coming meetings.
 */
@Service
public class MeetingRoomService {

    private final MeetingRoomRepository rooms;
    private final OccurrenceRepository occurrences;
    private final EntityManager entityManager;
    private final Clock clock;

    MeetingRoomService(MeetingRoomRepository rooms, OccurrenceRepository occurrences, EntityManager entityManager,
            Clock clock) {
        this.rooms = rooms;
        this.occurrences = occurrences;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A site's rooms, by name unless the grid asks for another order. */
    @PreAuthorize(BridgeService.READERS)
    @Transactional(readOnly = true)
    public List<MeetingRoom> page(long siteId, Pageable pageable) {
        CurrentUser.checkSite(siteId);
        return rooms.findBySiteId(siteId, Sorting.or(pageable, "name"));
    }

    @PreAuthorize(BridgeService.READERS)
    @Transactional(readOnly = true)
    public long count(long siteId) {
        CurrentUser.checkSite(siteId);
        return rooms.countBySiteId(siteId);
    }

    @PreAuthorize(BridgeService.READERS)
    @Transactional(readOnly = true)
    public MeetingRoom get(long id) {
        MeetingRoom room = rooms.findById(id).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(room.getSiteId());
        return room;
    }

    /**
     * Adds a room or changes one. A lower cap is refused when a meeting still to come in the room,
     * requested or approved, has more people; retiring it is refused while such meetings remain.
     */
    @PreAuthorize(BridgeService.ADMIN)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public MeetingRoom save(MeetingRoom room) {
        Long siteId = Checks.required(room.getSiteId(), "common.site");
        CurrentUser.checkSite(siteId);
        String name = Checks.text(room.getName(), MeetingRoom.NAME_MAX, "meeting-room.name");
        int cap = Checks.range(room.getSanitaryCap(), 1, MeetingRoom.CAP_MAX, "meeting-room.cap");
        room.setName(name);
        if (room.getId() == null) {
            if (entityManager.find(Site.class, siteId) == null) {
                throw new NotFoundException();
            }
            if (rooms.existsBySiteIdAndNameIgnoreCase(siteId, name)) {
                throw new DomainException("meeting-room.error.name-taken", name);
            }
            return saved(room);
        }
        MeetingRoom stored = rooms.findLocked(room.getId()).orElseThrow(NotFoundException::new);
        if (!stored.getSiteId().equals(siteId)) {
            throw new NotFoundException();
        }
        if (rooms.existsBySiteIdAndNameIgnoreCaseAndIdNot(siteId, name, stored.getId())) {
            throw new DomainException("meeting-room.error.name-taken", name);
        }
        boolean retiring = stored.isActive() && !room.isActive();
        if (retiring || cap < stored.getSanitaryCap()) {
            List<Occurrence> coming = occurrences.comingInRoom(stored.getId(), clock.instant());
            if (retiring && !coming.isEmpty()) {
                long meetingsComing = coming.stream().map(o -> o.getMeeting().getId()).distinct().count();
                throw new DomainException("meeting-room.error.in-use", stored.getName(), meetingsComing);
            }
            if (!coming.isEmpty() && coming.get(0).getLineCount() > cap) {
                Occurrence largest = coming.get(0);
                LocalDateTime at = LocalDateTime.ofInstant(largest.getStartsAt(), zoneOf(siteId));
                throw new DomainException("meeting-room.error.cap-below-meeting", stored.getName(),
                        largest.getMeeting().getTitle(), largest.getLineCount(), at.toLocalDate(), at.toLocalTime(),
                        cap);
            }
        }
        return saved(room);
    }

    /** Deletes a room no meeting ever asked for; one that served is retired instead. */
    @PreAuthorize(BridgeService.ADMIN)
    @Transactional
    public void delete(long id) {
        MeetingRoom room = rooms.findLocked(id).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(room.getSiteId());
        boolean used = occurrences.existsByRoomId(id) || entityManager.createQuery(
                        "select count(m) from Meeting m where m.room.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
        if (used) {
            throw new DomainException("meeting-room.error.used", room.getName());
        }
        rooms.delete(room);
    }

    private MeetingRoom saved(MeetingRoom room) {
        try {
            return rooms.saveAndFlush(room);
        } catch (DataIntegrityViolationException raced) {
            throw new DomainException("meeting-room.error.name-taken", room.getName());
        }
    }

    private ZoneId zoneOf(long siteId) {
        Site site = entityManager.find(Site.class, siteId);
        return site == null ? ZoneId.of(Site.DEFAULT_TIME_ZONE) : site.zoneId();
    }
}
