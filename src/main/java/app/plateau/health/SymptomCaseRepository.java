package app.plateau.health;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SymptomCaseRepository extends JpaRepository<SymptomCase, Long> {

    String NOT_ACTIVE_BLOCK = " (c.outcome is null or c.outcome not in (app.plateau.health.Outcome.SENT_HOME,"
            + " app.plateau.health.Outcome.ISOLATION) or c.liftedAt is not null or c.until < :today)";

    @Query("select c from SymptomCase c join fetch c.person where c.siteId = :siteId and c.outcome is null"
            + " order by c.reportedAt, c.id")
    List<SymptomCase> open(long siteId);

    @Query("select c from SymptomCase c join fetch c.person where c.siteId = :siteId and c.outcome in"
            + " (app.plateau.health.Outcome.SENT_HOME, app.plateau.health.Outcome.ISOLATION)"
            + " and c.liftedAt is null and c.until >= :today order by c.until, c.id")
    List<SymptomCase> blocking(long siteId, LocalDate today);

    @Query("select count(c) > 0 from SymptomCase c where c.person.id = :personId and c.outcome in"
            + " (app.plateau.health.Outcome.SENT_HOME, app.plateau.health.Outcome.ISOLATION)"
            + " and c.liftedAt is null and c.until >= :today")
    boolean blocks(long personId, LocalDate today);

    @Query("select c from SymptomCase c join fetch c.person where c.reporterPersonId = :reporterPersonId"
            + " and c.reportedAt >= :since order by c.reportedAt desc, c.id desc")
    List<SymptomCase> reportedBy(long reporterPersonId, Instant since);

    @Query("select c from SymptomCase c join fetch c.person where c.leadPersonId = :leadPersonId"
            + " and c.leadSeen = false order by c.decidedAt, c.id")
    List<SymptomCase> unseenByLead(long leadPersonId);

    @Query("select c.outcome, count(c) from SymptomCase c where c.siteId = :siteId and c.reportedAt >= :from"
            + " and c.reportedAt < :to group by c.outcome")
    List<Object[]> countByOutcome(long siteId, Instant from, Instant to);


    @Modifying
    @Query("delete from SymptomCase c where c.siteId = :siteId and c.reportedAt < :cutoff and" + NOT_ACTIVE_BLOCK)
    int deleteExpired(long siteId, Instant cutoff, LocalDate today);
}
