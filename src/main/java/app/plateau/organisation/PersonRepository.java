package app.plateau.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long> {

    @Query("select p.workMode, count(p) from Person p where p.site.id = :siteId and p.active = true"
            + " group by p.workMode")
    List<Object[]> countActiveByWorkMode(long siteId);

    boolean existsBySiteId(Long siteId);

    boolean existsByHomeFloorId(Long floorId);

    boolean existsByTeamId(Long teamId);

    boolean existsBySiteIdAndEmployeeNumberIgnoreCase(Long siteId, String employeeNumber);

    boolean existsBySiteIdAndEmployeeNumberIgnoreCaseAndIdNot(Long siteId, String employeeNumber, Long id);

    /** With what a form shows, so that a detached person can be edited after its transaction. */
    @EntityGraph(attributePaths = {"team", "homeFloor"})
    Optional<Person> findDetailedById(Long id);

    List<Person> findBySiteIdAndEmployeeNumberIn(Long siteId, Collection<String> employeeNumbers);

    @EntityGraph(attributePaths = {"team", "homeFloor"})
    @Query("""
            select p from Person p
            where p.site.id = :siteId
              and (:teamId is null or p.team.id = :teamId)
              and (:text = '' or lower(p.fullName) like concat('%', :text, '%')
                   or lower(p.employeeNumber) like concat('%', :text, '%'))
            """)
    List<Person> search(@Param("siteId") Long siteId, @Param("teamId") Long teamId, @Param("text") String text,
            Pageable pageable);

    @Query("""
            select count(p) from Person p
            where p.site.id = :siteId
              and (:teamId is null or p.team.id = :teamId)
              and (:text = '' or lower(p.fullName) like concat('%', :text, '%')
                   or lower(p.employeeNumber) like concat('%', :text, '%'))
            """)
    long countSearch(@Param("siteId") Long siteId, @Param("teamId") Long teamId, @Param("text") String text);

    @Query("select p.site.id from Person p where p.id = :id")
    Long findSiteIdById(@Param("id") Long id);
}
