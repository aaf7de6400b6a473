package app.plateau.occupancy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeviceRepository extends JpaRepository<Device, Long> {

    Optional<Device> findByTokenHash(String tokenHash);

    @EntityGraph(attributePaths = "floor")
    @Query("select d from Device d where d.siteId = :siteId")
    List<Device> findBySite(@Param("siteId") long siteId, Pageable pageable);

    long countBySiteId(long siteId);

    boolean existsBySiteIdAndNameIgnoreCase(long siteId, String name);

    /**
     * Notes that a device was seen, unless another request already did within the minute: a
     * screen that re-reads on every change must not turn each read into a write on one row.
     */
    @Modifying
    @Query("""
            update Device d set d.lastSeenAt = :now
            where d.id = :id and (d.lastSeenAt is null or d.lastSeenAt < :notBefore)
            """)
    int touch(@Param("id") long id, @Param("now") Instant now, @Param("notBefore") Instant notBefore);
}
