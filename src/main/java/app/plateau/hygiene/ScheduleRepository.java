package app.plateau.hygiene;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ScheduleRepository extends JpaRepository<HygieneSchedule, Long> {

    List<HygieneSchedule> findByTemplateIdOrderByFloorIdAscTimeOfDayAsc(long templateId);

    /**
     * The site's schedules, locked until commit: whoever creates the day's rounds holds them, so two
     * screens opened at once do not both insert the same round.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select s from HygieneSchedule s where s.templateId in
              (select t.id from HygieneTemplate t where t.siteId = :siteId)
            order by s.floorId, s.templateId, s.timeOfDay
            """)
    List<HygieneSchedule> lockBySite(@Param("siteId") long siteId);

    @Modifying
    @Query("delete from HygieneSchedule s where s.templateId = :templateId")
    void deleteByTemplate(@Param("templateId") long templateId);

    @Query("select distinct t.siteId from HygieneTemplate t where exists "
            + "(select s.id from HygieneSchedule s where s.templateId = t.id)")
    List<Long> scheduledSites();
}
