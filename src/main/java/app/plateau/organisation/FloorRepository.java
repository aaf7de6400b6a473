package app.plateau.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FloorRepository extends JpaRepository<Floor, Long> {

    boolean existsBySiteId(Long siteId);

    boolean existsBySiteIdAndNameIgnoreCase(Long siteId, String name);

    boolean existsBySiteIdAndNameIgnoreCaseAndIdNot(Long siteId, String name, Long id);

    List<Floor> findBySiteIdOrderByLevelAscNameAsc(Long siteId);

    Optional<Floor> findBySiteIdAndNameIgnoreCase(Long siteId, String name);

    @Query("""
            select f from Floor f
            where f.site.id = :siteId and (:text = '' or lower(f.name) like concat('%', :text, '%'))
            """)
    List<Floor> search(@Param("siteId") Long siteId, @Param("text") String text, Pageable pageable);

    @Query("""
            select count(f) from Floor f
            where f.site.id = :siteId and (:text = '' or lower(f.name) like concat('%', :text, '%'))
            """)
    long countSearch(@Param("siteId") Long siteId, @Param("text") String text);
}
