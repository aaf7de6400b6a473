package app.plateau.meeting;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MeetingRoomRepository extends JpaRepository<MeetingRoom, Long> {

    /**
     * Locks the room: bookings, approvals and changes of its cap that concern it are checked one
     * after the other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from MeetingRoom r where r.id = :id")
    Optional<MeetingRoom> findLocked(long id);

    List<MeetingRoom> findBySiteIdOrderByName(long siteId, Pageable pageable);

    List<MeetingRoom> findBySiteIdAndActiveTrueOrderByName(long siteId);

    List<MeetingRoom> findBySiteId(long siteId, Pageable pageable);

    boolean existsBySiteIdAndNameIgnoreCase(long siteId, String name);

    boolean existsBySiteIdAndNameIgnoreCaseAndIdNot(long siteId, String name, long id);

    long countBySiteId(long siteId);
}
