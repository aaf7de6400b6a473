package app.plateau;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Floors and people for a benchmark's site, written in JDBC batches on the caller's connection. */
public final class BenchRows {

    private BenchRows() {
    }

    /** Floors "Bench 3", "Bench 4"… on levels 3 and up; their ids in that order. */
    public static List<Long> floors(Connection connection, long siteId, int count, int positions, int cap)
            throws SQLException {
        List<Long> floors = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO floor (site_id, name, level_number,"
                + " positions, sanitary_cap) VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
            for (int f = 0; f < count; f++) {
                insert.setLong(1, siteId);
                insert.setString(2, "Bench " + (f + 3));
                insert.setInt(3, f + 3);
                insert.setInt(4, positions);
                insert.setInt(5, cap);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    floors.add(keys.getLong(1));
                }
            }
        }
        return floors;
    }

    /** On-site people numbered {@code prefix}0, {@code prefix}1… spread over the floors; their ids in that order. */
    public static List<Long> people(Connection connection, long siteId, int count, String prefix, List<Long> floors)
            throws SQLException {
        List<Long> people = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO person (site_id, employee_number,"
                + " full_name, home_floor_id, work_mode) VALUES (?, ?, ?, ?, 'ON_SITE')", new String[] {"id"})) {
            for (int p = 0; p < count; p++) {
                insert.setLong(1, siteId);
                insert.setString(2, prefix + p);
                insert.setString(3, "Personne " + p);
                insert.setLong(4, floors.get(p % floors.size()));
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    people.add(keys.getLong(1));
                }
            }
        }
        return people;
    }
}
