package app.plateau.occupancy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PresenceRepository extends JpaRepository<Presence, Long> {

    Optional<Presence> findByOpenPersonId(Long personId);

    List<Presence> findByOpenPersonIdIn(Collection<Long> personIds);

    long countByFloorIdAndEndedAtIsNull(Long floorId);

    /** Stays at a site that overlap a window: started before its end and not ended before its start. */
    @Query("""
            select p from Presence p
            where p.siteId = :siteId and p.startedAt < :until and (p.endedAt is null or p.endedAt > :since)
            order by p.startedAt
            """)
    List<Presence> overlapping(@Param("siteId") long siteId, @Param("since") Instant since,
            @Param("until") Instant until);

    /** One person's stays overlapping a window, as records: no entity is loaded into the persistence context. */
    @Query("""
            select new app.plateau.occupancy.PastStay(p.personId, p.floorId, p.startedAt, p.endedAt)
            from Presence p
            where p.personId = :personId and p.startedAt < :until and (p.endedAt is null or p.endedAt > :since)
            order by p.startedAt
            """)
    List<PastStay> personHistory(@Param("personId") long personId, @Param("since") Instant since,
            @Param("until") Instant until);

    /**
     * Stays on some floors overlapping a window, as records, in no order: read from the index
     * {@code ix_presence_floor_history} alone, without sorting thousands of rows nobody needs sorted.
     */
    @Query("""
            select new app.plateau.occupancy.PastStay(p.personId, p.floorId, p.startedAt, p.endedAt)
            from Presence p
            where p.floorId in :floorIds and p.startedAt < :until and (p.endedAt is null or p.endedAt > :since)
            """)
    List<PastStay> floorHistory(@Param("floorIds") Collection<Long> floorIds, @Param("since") Instant since,
            @Param("until") Instant until);

    /** Open stays at a site that began before an instant: those the end-of-day job closes. */
    @Query("select p from Presence p where p.siteId = :siteId and p.endedAt is null and p.startedAt < :before")
    List<Presence> openBefore(@Param("siteId") long siteId, @Param("before") Instant before);
}
