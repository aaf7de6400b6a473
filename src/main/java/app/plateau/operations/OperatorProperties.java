package app.plateau.operations;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one operator credential that opens the management port: a username and the BCrypt hash of
 * its password, from {@code PLATEAU_OPERATOR_USERNAME} and {@code PLATEAU_OPERATOR_PASSWORD_HASH}.
 * It is not an application account: no screen accepts it, and no account opens the management port.
 */
@ConfigurationProperties("plateau.operator")
record OperatorProperties(String username, String passwordHash) {

    private static final Pattern BCRYPT = Pattern.compile("\\A\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}\\z");

    OperatorProperties {
        username = username == null ? "" : username.strip();
        passwordHash = passwordHash == null ? "" : passwordHash.strip();
        if (username.isEmpty() != passwordHash.isEmpty()) {
            throw new IllegalStateException("Set both plateau.operator.username and plateau.operator.password-hash "
                    + "(PLATEAU_OPERATOR_USERNAME, PLATEAU_OPERATOR_PASSWORD_HASH), or neither");
        }
        // A plain password here would be compared as if it were a hash and never match: refuse it at start.
        if (!passwordHash.isEmpty() && !BCRYPT.matcher(passwordHash).matches()) {
            throw new IllegalStateException("plateau.operator.password-hash (PLATEAU_OPERATOR_PASSWORD_HASH) must be "
                    + "a BCrypt hash ($2a$…, $2b$… or $2y$…), not the password itself");
        }
    }

    boolean configured() {
        return !username.isEmpty();
    }
}
