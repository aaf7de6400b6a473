package app.plateau.meeting;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BridgeRepository extends JpaRepository<Bridge, Long> {

    /**
     * The site's active bridges, locked in id order: phone bookings of a site are checked one after
     * another, and always take the locks in the same order, so they cannot deadlock.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Bridge b where b.siteId = :siteId and b.active = true order by b.id")
    List<Bridge> lockActive(long siteId);

    /** One bridge, locked: a change of its capacity is checked while no booking can take its lines. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Bridge b where b.id = :id")
    Optional<Bridge> findLocked(long id);

    List<Bridge> findBySiteIdOrderByName(long siteId, Pageable pageable);

    List<Bridge> findBySiteId(long siteId, Pageable pageable);

    boolean existsBySiteIdAndNameIgnoreCase(long siteId, String name);

    boolean existsBySiteIdAndNameIgnoreCaseAndIdNot(long siteId, String name, long id);

    long countBySiteId(long siteId);
}
