package app.plateau.health;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface HealthAccessRepository extends JpaRepository<HealthAccess, Long> {

    List<HealthAccess> findBySiteIdAndAtGreaterThanEqualAndAtLessThanOrderByAtDescIdDesc(long siteId, Instant from,
            Instant to, Pageable pageable);

    long countBySiteIdAndAtGreaterThanEqualAndAtLessThan(long siteId, Instant from, Instant to);
}
