package app.plateau.organisation;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SiteRepository extends JpaRepository<Site, Long> {

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    @Query("""
            select s from Site s
            where (:siteId is null or s.id = :siteId)
              and (:text = '' or lower(s.name) like concat('%', :text, '%') or lower(s.city) like concat('%', :text, '%'))
            """)
    List<Site> search(@Param("siteId") Long siteId, @Param("text") String text, Pageable pageable);

    @Query("""
            select count(s) from Site s
            where (:siteId is null or s.id = :siteId)
              and (:text = '' or lower(s.name) like concat('%', :text, '%') or lower(s.city) like concat('%', :text, '%'))
            """)
    long countSearch(@Param("siteId") Long siteId, @Param("text") String text);
}
