package app.plateau.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OccurrenceRepository extends JpaRepository<Occurrence, Long> {

    String LIVE = "o.cancelled = false and m.state in (app.plateau.meeting.MeetingState.REQUESTED, "
            + "app.plateau.meeting.MeetingState.SCHEDULED)";

    /**
     * What an agenda row shows, read as columns rather than entities: a lead's week of 200 meetings
     * then costs about what the bare select does, not the loading of 600 entities.
     */
    String ROW = "new app.plateau.meeting.AgendaRow(o.id, m.id, m.title, m.mode, m.state, o.startsAt, o.endsAt,"
            + " organiser.id, organiser.fullName, m.recurrence, o.modified, m.videoRoom, m.externalUrl, b.dialIn,"
            + " o.pin, r.name, o.lineCount) from Occurrence o join o.meeting m join m.organiser organiser"
            + " left join Bridge b on b.id = o.bridgeId left join MeetingRoom r on r.id = o.roomId";

    List<Occurrence> findByMeetingIdOrderByStartsAt(long meetingId);

    /** What takes lines on a bridge between two instants, other meetings than {@code exclude}. */
    @Query("select o from Occurrence o join o.meeting m where o.bridgeId = :bridgeId and " + LIVE
            + " and o.startsAt < :to and o.endsAt > :from and m.id <> :exclude")
    List<Occurrence> onBridge(long bridgeId, Instant from, Instant to, long exclude);

    /**
     * Approved meetings in a room between two instants, other meetings than {@code exclude}. Requests
     * do not hold the room: the site manager's approval decides between two asking for one time.
     */
    @Query("select o from Occurrence o join o.meeting m where o.roomId = :roomId and o.cancelled = false"
            + " and m.state = app.plateau.meeting.MeetingState.SCHEDULED"
            + " and o.startsAt < :to and o.endsAt > :from and m.id <> :exclude")
    List<Occurrence> inRoom(long roomId, Instant from, Instant to, long exclude);

    /** What takes lines on a bridge from an instant on: the bookings its capacity must still carry. */
    @Query("select o from Occurrence o join o.meeting m where o.bridgeId = :bridgeId and " + LIVE
            + " and o.endsAt > :from")
    List<Occurrence> comingOnBridge(long bridgeId, Instant from);

    /** Requested and approved meetings in a room from an instant on, the most people first. */
    @Query("select o from Occurrence o join fetch o.meeting m where o.roomId = :roomId and " + LIVE
            + " and o.endsAt > :from order by o.lineCount desc, o.startsAt")
    List<Occurrence> comingInRoom(long roomId, Instant from);

    boolean existsByBridgeId(Long bridgeId);

    boolean existsByRoomId(Long roomId);

    /** Occurrences some of these people attend (or organise) between two instants, for conflicts. */
    @Query("select new app.plateau.meeting.Busy(a.person.id, a.person.fullName, m.id, m.title, o.startsAt, o.endsAt)"
            + " from Occurrence o join o.meeting m join m.attendees a where a.person.id in :people and " + LIVE
            + " and o.startsAt < :to and o.endsAt > :from and m.id <> :exclude")
    List<Busy> attending(Collection<Long> people, Instant from, Instant to, long exclude);

    @Query("select new app.plateau.meeting.Busy(m.organiser.id, m.organiser.fullName, m.id, m.title, o.startsAt,"
            + " o.endsAt) from Occurrence o join o.meeting m where m.organiser.id in :people and " + LIVE
            + " and o.startsAt < :to and o.endsAt > :from and m.id <> :exclude")
    List<Busy> organising(Collection<Long> people, Instant from, Instant to, long exclude);

    /** A person's agenda: what they organise or attend, overlapping a period, soonest first. */
    @Query("select " + ROW + " where " + LIVE
            + " and o.startsAt < :to and o.endsAt > :from and (m.organiser.id = :personId or exists ("
            + "select 1 from Meeting m2 join m2.attendees a where m2 = m and a.person.id = :personId))"
            + " order by o.startsAt, o.id")
    List<AgendaRow> agenda(long personId, Instant from, Instant to, Pageable pageable);

    @Query("select count(o) from Occurrence o join o.meeting m where " + LIVE
            + " and o.startsAt < :to and o.endsAt > :from and (m.organiser.id = :personId or exists ("
            + "select 1 from Meeting m2 join m2.attendees a where m2 = m and a.person.id = :personId))")
    long countAgenda(long personId, Instant from, Instant to);

    /** A team's agenda: meetings its lead organises or any of its members attends. */
    @Query("select " + ROW + " where " + LIVE
            + " and o.siteId = :siteId and o.startsAt < :to and o.endsAt > :from and (m.organiser.team.id = :teamId"
            + " or exists (select 1 from Meeting m2 join m2.attendees a where m2 = m and a.person.team.id = :teamId))"
            + " order by o.startsAt, o.id")
    List<AgendaRow> teamAgenda(long siteId, long teamId, Instant from, Instant to, Pageable pageable);

    @Query("select count(o) from Occurrence o join o.meeting m where " + LIVE
            + " and o.siteId = :siteId and o.startsAt < :to and o.endsAt > :from and (m.organiser.team.id = :teamId"
            + " or exists (select 1 from Meeting m2 join m2.attendees a where m2 = m and a.person.team.id = :teamId))")
    long countTeamAgenda(long siteId, long teamId, Instant from, Instant to);

    @Modifying
    @Query("delete from Occurrence o where o.id in :ids")
    void deleteByIds(Collection<Long> ids);

    /** Scheduled occurrences starting within (now, until] that nobody has been reminded of yet. */
    @Query("select o.id from Occurrence o join o.meeting m where m.state = app.plateau.meeting.MeetingState.SCHEDULED"
            + " and o.cancelled = false and o.remindedAt is null and o.startsAt > :now and o.startsAt <= :until"
            + " order by o.startsAt")
    List<Long> dueForReminder(Instant now, Instant until);

    /**
     * Marks the occurrence reminded, unless another node or thread did first: 1 when this call won
     * it. Versioned, so that an edit of the occurrence read before the claim fails instead of
     * writing the old, empty reminder state back over it.
     */
    @Modifying
    @Query("update versioned Occurrence o set o.remindedAt = :now where o.id = :id and o.remindedAt is null"
            + " and o.cancelled = false and o.startsAt > :now and o.startsAt <= :until")
    int claimReminder(long id, Instant now, Instant until);

    /** Occurrences whose reminder some node claimed, starting by {@code until} and not ended at {@code now}. */
    @Query("select o from Occurrence o join fetch o.meeting m join fetch m.organiser where "
            + "m.state = app.plateau.meeting.MeetingState.SCHEDULED and o.cancelled = false"
            + " and o.remindedAt is not null and o.startsAt > :earliest and o.startsAt <= :until and o.endsAt > :now")
    List<Occurrence> reminded(Instant earliest, Instant now, Instant until);

    @Query("select o from Occurrence o join fetch o.meeting m join fetch m.organiser where o.id in :ids")
    List<Occurrence> findWithMeetings(Collection<Long> ids);
}
