package app.plateau.transfer;

import app.plateau.organisation.Person;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TransferRepository extends JpaRepository<TransferRequest, Long> {

    /** Decisions take the request's row lock first, so two managers cannot both decide one request. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TransferRequest t where t.id = :id")
    Optional<TransferRequest> lockById(@Param("id") long id);

    /**
     * The joins are written in the query, not given as an entity graph: Hibernate keeps the SQL of
     * a plain query, but builds the SQL of a query with a graph again on every call, which cost a
     * third of an approval's processor time when decisions began to read through here.
     */
    @Query("""
            select t from TransferRequest t join fetch t.person join fetch t.fromFloor join fetch t.toFloor
            where t.id = :id
            """)
    Optional<TransferRequest> findDetailedById(@Param("id") long id);

    @EntityGraph(attributePaths = {"person", "fromFloor", "toFloor"})
    Optional<TransferRequest> findByOpenPersonId(Long personId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TransferRequest t where t.openPersonId = :personId")
    Optional<TransferRequest> lockOpenOf(@Param("personId") long personId);

    @EntityGraph(attributePaths = {"person", "person.team", "fromFloor", "toFloor"})
    @Query("select t from TransferRequest t where t.siteId = :siteId and t.state = :state")
    List<TransferRequest> findBySiteAndState(@Param("siteId") long siteId, @Param("state") TransferState state,
            Pageable pageable);

    long countBySiteIdAndState(long siteId, TransferState state);

    @EntityGraph(attributePaths = {"person", "fromFloor", "toFloor"})
    @Query("select t from TransferRequest t where t.person.id = :personId")
    List<TransferRequest> findByPerson(@Param("personId") long personId, Pageable pageable);

    long countByPersonId(long personId);

    /** Joins written out rather than an entity graph: this runs on every pushed decision. */
    @Query("""
            select t from TransferRequest t join fetch t.person join fetch t.fromFloor join fetch t.toFloor
            where t.person.id = :personId order by t.requestedAt desc, t.id desc
            """)
    List<TransferRequest> latestOf(@Param("personId") long personId, Pageable pageable);

    @Query("""
            select t.toFloor.id, t.fromFloor.id, t.state from TransferRequest t
            where t.siteId = :siteId and t.state in :states
            """)
    List<Object[]> floorsOfOpen(@Param("siteId") long siteId, @Param("states") Collection<TransferState> states);

    @Query("""
            select t.person.fullName from TransferRequest t
            where t.toFloor.id = :floorId and t.state = app.plateau.transfer.TransferState.APPROVED
            order by t.moveAt, t.person.fullName
            """)
    List<String> expectedOn(@Param("floorId") long floorId);

    @Query("select t.id from TransferRequest t where t.state = app.plateau.transfer.TransferState.APPROVED and t.expiresAt < :now")
    List<Long> approvedLapsedBefore(@Param("now") Instant now);

    @Query("select t.id from TransferRequest t where t.state = app.plateau.transfer.TransferState.PENDING and t.moveAt < :before")
    List<Long> pendingDueBefore(@Param("before") Instant before);

    @Query("""
            select t from TransferRequest t join fetch t.person p join fetch t.fromFloor join fetch t.toFloor
            where t.openPersonId is not null and t.siteId = :siteId and p.team.lead.id = :leadId
              and p.id <> :leadId
            order by t.requestedAt, t.id
            """)
    List<TransferRequest> openOfTeamLedBy(@Param("leadId") long leadPersonId, @Param("siteId") long siteId);

    /** The people a team lead may act for: the active members of the teams they lead. */
    @Query("""
            select p from Person p
            where p.team.lead.id = :leadId and p.active = true order by p.fullName, p.id
            """)
    List<Person> teamOf(@Param("leadId") long leadPersonId);
}
