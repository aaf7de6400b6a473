package app.plateau.security;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Accounts as a start-up finds them in the database, written without the services (whose rules the
 * demo seed and older databases did not always meet), and the way back to a clean database.
 */
@Component
class AccountRows {

    private static final String ADMINISTRATORS_WHO_CAN_SIGN_IN = """
            SELECT a.id FROM account a JOIN account_role r ON r.account_id = a.id
            WHERE r.role = 'ADMIN' AND a.site_id IS NULL AND a.password_hash IS NOT NULL AND a.locked = FALSE""";

    private final JdbcTemplate jdbc;

    AccountRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A global administrator with this password hash ({@code null}: none). */
    long insertGlobalAdministrator(String username, String passwordHash) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO account (username, password_hash, display_name, locked, failed_attempts, version)
                    VALUES (?, ?, ?, FALSE, 0, 0)""", Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, username);
            insert.setString(2, passwordHash);
            insert.setString(3, username);
            return insert;
        }, key);
        long id = Objects.requireNonNull(key.getKey()).longValue();
        jdbc.update("INSERT INTO account_role (account_id, role) VALUES (?, 'ADMIN')", id);
        return id;
    }

    /**
     * Locks every global administrator who can sign in, so that a test on a shared database starts
     * from "nobody can administer"; {@link #unlock} puts them back.
     */
    List<Long> lockAdministratorsWhoCanSignIn() {
        List<Long> ids = administratorsWhoCanSignIn();
        ids.forEach(id -> jdbc.update("UPDATE account SET locked = TRUE WHERE id = ?", id));
        return ids;
    }

    List<Long> administratorsWhoCanSignIn() {
        return jdbc.queryForList(ADMINISTRATORS_WHO_CAN_SIGN_IN, Long.class);
    }

    void unlock(List<Long> ids) {
        ids.forEach(id -> jdbc.update("UPDATE account SET locked = FALSE WHERE id = ?", id));
    }

    String passwordHash(String username) {
        return jdbc.queryForObject("SELECT password_hash FROM account WHERE username = ?", String.class, username);
    }

    int count(String usernamePrefix) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE username LIKE ?", Integer.class,
                usernamePrefix + "%");
    }

    void delete(String... usernames) {
        for (String username : usernames) {
            jdbc.update("DELETE FROM account_role WHERE account_id IN (SELECT id FROM account WHERE username = ?)",
                    username);
            jdbc.update("DELETE FROM account WHERE username = ?", username);
        }
    }

    void deleteStartingWith(String usernamePrefix) {
        jdbc.queryForList("SELECT username FROM account WHERE username LIKE ?", String.class, usernamePrefix + "%")
                .forEach(this::delete);
    }
}
