package app.plateau.occupancy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PresenceRepository extends JpaRepository<Presence, Long> {

    Optional<Presence> findByOpenPersonId(Long personId);

    long countByFloorIdAndEndedAtIsNull(Long floorId);

    /** Stays at a site that overlap a window: started before its end and not ended before its start. */
    @Query("""
            select p from Presence p
            where p.siteId = :siteId and p.startedAt < :until and (p.endedAt is null or p.endedAt > :since)
            order by p.startedAt
            """)
    List<Presence> overlapping(@Param("siteId") long siteId, @Param("since") Instant since,
            @Param("until") Instant until);

    /** Open stays at a site that began before an instant: those the end-of-day job closes. */
    @Query("select p from Presence p where p.siteId = :siteId and p.endedAt is null and p.startedAt < :before")
    List<Presence> openBefore(@Param("siteId") long siteId, @Param("before") Instant before);
}
