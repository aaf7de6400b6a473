package app.plateau.occupancy;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MovementRepository extends JpaRepository<Movement, Long> {

    String FILTER = """
            where m.siteId = :siteId and m.at >= :since and m.at < :until
              and (:personId is null or m.personId = :personId)
              and (:floorId is null or m.fromFloorId = :floorId or m.toFloorId = :floorId)
              and (:text = '' or lower(m.personName) like concat('%', :text, '%'))
            """;

    @Query("select m from Movement m " + FILTER)
    List<Movement> search(@Param("siteId") long siteId, @Param("since") Instant since, @Param("until") Instant until,
            @Param("personId") Long personId, @Param("floorId") Long floorId, @Param("text") String text,
            Pageable pageable);

    @Query("select count(m) from Movement m " + FILTER)
    long countSearch(@Param("siteId") long siteId, @Param("since") Instant since, @Param("until") Instant until,
            @Param("personId") Long personId, @Param("floorId") Long floorId, @Param("text") String text);

    /**
     * The next lines after a cursor (a time and an id), in time order: an export reads a day of a
     * large site in pages whose cost does not grow with the offset, as an offset page's would. The
     * plain {@code m.at >= :afterAt} lets the (site, time) index start at the cursor; without it the
     * OR alone made each page scan again from the start of the range.
     */
    @Query("select m from Movement m " + FILTER
            + " and m.at >= :afterAt and (m.at > :afterAt or m.id > :afterId) order by m.at, m.id")
    List<Movement> after(@Param("siteId") long siteId, @Param("since") Instant since, @Param("until") Instant until,
            @Param("personId") Long personId, @Param("floorId") Long floorId, @Param("text") String text,
            @Param("afterAt") Instant afterAt, @Param("afterId") long afterId, Pageable limit);

    @Query("""
            select count(m) from Movement m
            where m.siteId = :siteId and m.at >= :since and m.kind in :kinds
            """)
    long countKinds(@Param("siteId") long siteId, @Param("since") Instant since,
            @Param("kinds") List<MovementKind> kinds);
}
