package app.plateau.health;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HealthAccessRepository extends JpaRepository<HealthAccess, Long> {

    List<HealthAccess> findBySiteIdAndAtGreaterThanEqualAndAtLessThanOrderByAtDescIdDesc(long siteId, Instant from,
            Instant to, Pageable pageable);

    long countBySiteIdAndAtGreaterThanEqualAndAtLessThan(long siteId, Instant from, Instant to);

    String ABOUT = "from HealthAccess a join a.personIds p where a.siteId = :siteId and p = :personId"
            + " and a.at >= :from and a.at < :to";

    @Query("select a " + ABOUT + " order by a.at desc, a.id desc")
    List<HealthAccess> about(long siteId, long personId, Instant from, Instant to, Pageable pageable);

    @Query("select count(a) " + ABOUT)
    long countAbout(long siteId, long personId, Instant from, Instant to);
}
