package app.plateau.occupancy;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The floor_occupancy rows, changed only by single conditional updates: the database checks the cap
 * on the row it locks, so no read in Java ever decides whether a place is free.
 */
@Component
class Counters {

    /** Takes a place for a present person, only if the floor is open and below its cap. */
    private static final String TAKE_PRESENT = """
            UPDATE floor_occupancy SET present = present + 1
            WHERE floor_id = ? AND present + reserved <
                (SELECT f.sanitary_cap FROM floor f WHERE f.id = ? AND f.open_now = TRUE)""";
    private static final String TAKE_RESERVED = """
            UPDATE floor_occupancy SET reserved = reserved + 1
            WHERE floor_id = ? AND present + reserved <
                (SELECT f.sanitary_cap FROM floor f WHERE f.id = ? AND f.open_now = TRUE)""";

    private final JdbcTemplate jdbc;
    /** How a read must end to see the latest commit inside a transaction; found on first use. */
    private volatile String latestCommitted;

    Counters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean takePresent(long floorId) {
        return jdbc.update(TAKE_PRESENT, floorId, floorId) == 1;
    }

    boolean takeReserved(long floorId) {
        return jdbc.update(TAKE_RESERVED, floorId, floorId) == 1;
    }

    void leavePresent(long floorId) {
        must(jdbc.update("UPDATE floor_occupancy SET present = present - 1 WHERE floor_id = ? AND present > 0",
                floorId), floorId);
    }

    void releaseReserved(long floorId) {
        must(jdbc.update("UPDATE floor_occupancy SET reserved = reserved - 1 WHERE floor_id = ? AND reserved > 0",
                floorId), floorId);
    }

    /** A reserved place becomes a present one: the count against the cap does not change. */
    void reservedToPresent(long floorId) {
        must(jdbc.update("""
                UPDATE floor_occupancy SET reserved = reserved - 1, present = present + 1
                WHERE floor_id = ? AND reserved > 0""", floorId), floorId);
    }

    /** A present person leaves but keeps their place to come back to. */
    void presentToReserved(long floorId) {
        must(jdbc.update("""
                UPDATE floor_occupancy SET reserved = reserved + 1, present = present - 1
                WHERE floor_id = ? AND present > 0""", floorId), floorId);
    }

    int lockTaken(long floorId) {
        Integer taken = jdbc.query("SELECT present + reserved FROM floor_occupancy WHERE floor_id = ? FOR UPDATE",
                (rs, row) -> rs.getInt(1), floorId).stream().findFirst().orElse(0);
        return taken;
    }

    void create(long floorId, long siteId) {
        jdbc.update("INSERT INTO floor_occupancy (floor_id, site_id, present, reserved) VALUES (?, ?, 0, 0)",
                floorId, siteId);
    }

    Load load(long floorId) {
        return jdbc.query("""
                SELECT o.present, o.reserved, f.sanitary_cap FROM floor_occupancy o
                JOIN floor f ON f.id = o.floor_id WHERE o.floor_id = ?""",
                (rs, row) -> new Load(floorId, rs.getInt(1), rs.getInt(2), rs.getInt(3)), floorId)
                .stream().findFirst().orElse(new Load(floorId, 0, 0, 0));
    }

    /**
     * The floor as it is at this moment, after a take touched no row: whether it is open, and its
     * count against its cap. Under InnoDB's repeatable read a plain read would answer from the
     * snapshot taken when the transaction first read anything, before it queued for the row lock,
     * so during a rush of check-ins it told people "full: 24 of 30". A shared locking read sees the
     * latest commit, and takes no lock the refused update does not already hold: the row lock on
     * the counters and, from the update's sub-query, a shared lock on the floor. H2 reads
     * committed data in every statement and does not know that clause.
     */
    Refusal refusal(long floorId) {
        return jdbc.queryForObject("""
                SELECT f.open_now, f.closed_reason, o.present, o.reserved, f.sanitary_cap FROM floor_occupancy o
                JOIN floor f ON f.id = o.floor_id WHERE o.floor_id = ?""" + latestCommitted(),
                (rs, row) -> new Refusal(rs.getBoolean(1), rs.getString(2),
                        new Load(floorId, rs.getInt(3), rs.getInt(4), rs.getInt(5))), floorId);
    }

    private String latestCommitted() {
        String clause = latestCommitted;
        if (clause == null) {
            String product = jdbc.execute((ConnectionCallback<String>) connection ->
                    connection.getMetaData().getDatabaseProductName());
            String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
            clause = name.contains("mariadb") || name.contains("mysql") ? " LOCK IN SHARE MODE" : "";
            latestCommitted = clause;
        }
        return clause;
    }

    List<Load> loads(long siteId) {
        return jdbc.query("""
                SELECT o.floor_id, o.present, o.reserved, f.sanitary_cap FROM floor_occupancy o
                JOIN floor f ON f.id = o.floor_id WHERE o.site_id = ?""",
                (rs, row) -> new Load(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), siteId);
    }

    /**
     * Locks the rows of two floors in id order before a move touches both, so that two opposite
     * moves wait for each other instead of deadlocking.
     */
    void lockInOrder(long floorA, long floorB) {
        List.of(floorA, floorB).stream().sorted(Comparator.naturalOrder()).distinct().forEach(id ->
                jdbc.queryForList("SELECT floor_id FROM floor_occupancy WHERE floor_id = ? FOR UPDATE", id));
    }

    private static void must(int updated, long floorId) {
        if (updated != 1) {
            throw new IllegalStateException("floor " + floorId + " counters are out of step with presence");
        }
    }

    record Refusal(boolean open, String closedReason, Load load) {
    }

    record Load(long floorId, int present, int reserved, int cap) {

        int held() {
            return present + reserved;
        }
    }
}
