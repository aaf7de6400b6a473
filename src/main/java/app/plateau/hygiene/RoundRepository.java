package app.plateau.hygiene;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RoundRepository extends JpaRepository<HygieneRound, Long> {

    /**
     * A site's rounds scheduled in [from, to), as a locking read: it sees what other transactions
     * committed since this one's snapshot, which a plain read on MariaDB would not.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from HygieneRound r where r.siteId = :siteId and r.scheduledAt >= :from and r.scheduledAt < :to")
    List<HygieneRound> lockScheduled(@Param("siteId") long siteId, @Param("from") Instant from,
            @Param("to") Instant to);

    /** Rounds of a site, or of every site when {@code siteId} is null, scheduled in [from, to). */
    @Query("""
            select r from HygieneRound r
            where (:siteId is null or r.siteId = :siteId) and r.scheduledAt >= :from and r.scheduledAt < :to
            order by r.scheduledAt, r.floorId
            """)
    List<HygieneRound> findScheduled(@Param("siteId") Long siteId, @Param("from") Instant from,
            @Param("to") Instant to);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from HygieneRound r where r.id = :id")
    Optional<HygieneRound> lockById(@Param("id") long id);
}
