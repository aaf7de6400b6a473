package app.plateau.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TeamRepository extends JpaRepository<Team, Long> {

    boolean existsBySiteId(Long siteId);

    boolean existsByHomeFloorId(Long floorId);

    boolean existsByLeadId(Long personId);

    boolean existsBySiteIdAndNameIgnoreCase(Long siteId, String name);

    boolean existsBySiteIdAndNameIgnoreCaseAndIdNot(Long siteId, String name, Long id);

    List<Team> findBySiteIdOrderByNameAsc(Long siteId);

    /** With what a form shows, so that a detached team can be edited after its transaction. */
    @EntityGraph(attributePaths = {"homeFloor", "lead"})
    Optional<Team> findDetailedById(Long id);

    Optional<Team> findBySiteIdAndNameIgnoreCase(Long siteId, String name);

    @EntityGraph(attributePaths = {"homeFloor", "lead"})
    @Query("""
            select t from Team t
            where t.site.id = :siteId and (:text = '' or lower(t.name) like concat('%', :text, '%'))
            """)
    List<Team> search(@Param("siteId") Long siteId, @Param("text") String text, Pageable pageable);

    @Query("""
            select count(t) from Team t
            where t.site.id = :siteId and (:text = '' or lower(t.name) like concat('%', :text, '%'))
            """)
    long countSearch(@Param("siteId") Long siteId, @Param("text") String text);
}
