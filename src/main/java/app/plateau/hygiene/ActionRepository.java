package app.plateau.hygiene;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActionRepository extends JpaRepository<CorrectiveAction, Long> {

    @Query("""
            select a from CorrectiveAction a where a.siteId = :siteId and a.closedAt is null
            order by a.critical desc, a.deadline, a.openedAt
            """)
    List<CorrectiveAction> findOpen(@Param("siteId") long siteId);

    @Query("""
            select a from CorrectiveAction a where a.ownerPersonId = :personId and a.closedAt is null
            order by a.deadline, a.critical desc, a.openedAt
            """)
    List<CorrectiveAction> findOpenOwnedBy(@Param("personId") long personId);

    List<CorrectiveAction> findByRoundIdOrderById(long roundId);

    /** Actions opened in [from, to) still open, of a site or of every site when {@code siteId} is null. */
    @Query("""
            select a from CorrectiveAction a
            where (:siteId is null or a.siteId = :siteId) and a.closedAt is null
              and a.openedAt >= :from and a.openedAt < :to
            """)
    List<CorrectiveAction> findOpenedStillOpen(@Param("siteId") Long siteId, @Param("from") Instant from,
            @Param("to") Instant to);

    /** Actions of a site opened in [from, to), open or closed, oldest first: the audit pack's records. */
    @Query("""
            select a from CorrectiveAction a
            where a.siteId = :siteId and a.openedAt >= :from and a.openedAt < :to
            order by a.openedAt, a.id
            """)
    List<CorrectiveAction> findOpenedBetween(@Param("siteId") long siteId, @Param("from") Instant from,
            @Param("to") Instant to);
}
