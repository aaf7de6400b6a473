package app.plateau.health;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TemperatureCheckRepository extends JpaRepository<TemperatureCheck, Long> {

    @Query("select c from TemperatureCheck c join fetch c.person where c.siteId = :siteId and c.at >= :from"
            + " and c.at < :to order by c.at desc, c.id desc")
    List<TemperatureCheck> between(long siteId, Instant from, Instant to, Pageable pageable);

    @Query("select count(c) from TemperatureCheck c where c.siteId = :siteId and c.at >= :from and c.at < :to")
    long countBetween(long siteId, Instant from, Instant to);

    @Query("select c from TemperatureCheck c join fetch c.person where c.siteId = :siteId"
            + " and c.result = app.plateau.health.CheckResult.ABOVE_THRESHOLD and c.clearedAt is null order by c.at")
    List<TemperatureCheck> blocking(long siteId);

    @Query("select count(c) > 0 from TemperatureCheck c where c.person.id = :personId"
            + " and c.result = app.plateau.health.CheckResult.ABOVE_THRESHOLD and c.clearedAt is null")
    boolean blocks(long personId);

    @Query("select c.at from TemperatureCheck c where c.siteId = :siteId and c.at >= :from and c.at < :to")
    List<Instant> times(long siteId, Instant from, Instant to);

    @Query("select count(c) from TemperatureCheck c where c.siteId = :siteId and c.at >= :from and c.at < :to"
            + " and c.result = app.plateau.health.CheckResult.ABOVE_THRESHOLD")
    long countAbove(long siteId, Instant from, Instant to);


    @Modifying
    @Query("delete from TemperatureCheck c where c.siteId = :siteId and c.at < :cutoff"
            + " and (c.result = app.plateau.health.CheckResult.CLEARED or c.clearedAt is not null)")
    int deleteExpired(long siteId, Instant cutoff);

}
