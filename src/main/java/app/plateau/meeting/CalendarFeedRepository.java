package app.plateau.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByTokenHash(String tokenHash);

    List<CalendarFeed> findByPersonIdAndRevokedAtIsNull(long personId);

    Optional<CalendarFeed> findFirstByPersonIdOrderByCreatedAtDescIdDesc(long personId);
}
