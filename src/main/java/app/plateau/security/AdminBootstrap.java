package app.plateau.security;

import app.plateau.base.DomainException;
import app.plateau.base.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The way into a database without demo data: at start-up, while no global administrator can sign in,
 * {@code PLATEAU_ADMIN_USERNAME} and {@code PLATEAU_ADMIN_PASSWORD} (or {@code PLATEAU_ADMIN_PASSWORD_FILE},
 * a Docker secret) create one. Nodes that start at once on one database take turns on a row lock, so
 * exactly one of them creates it.
 */
@Component
@Order(DemoPasswords.ORDER + 1)
class AdminBootstrap implements ApplicationRunner {

    static final String USERNAME = "PLATEAU_ADMIN_USERNAME";
    static final String PASSWORD = "PLATEAU_ADMIN_PASSWORD";
    static final String PASSWORD_FILE = "PLATEAU_ADMIN_PASSWORD_FILE";
    private static final String LOCK = "admin-bootstrap";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    /**
     * What the operator gave, as the properties {@code plateau.admin.username}, {@code .password} and
     * {@code .password-file}, which the variables above set.
     */
    record Settings(String username, String password, String passwordFile) {

        static Settings from(Environment environment) {
            return new Settings(environment.getProperty("plateau.admin.username", ""),
                    environment.getProperty("plateau.admin.password", ""),
                    environment.getProperty("plateau.admin.password-file", ""));
        }

        boolean isEmpty() {
            return isBlank(username) && isBlank(password) && isBlank(passwordFile);
        }
    }

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Environment environment;

    AdminBootstrap(AccountRepository accounts, PasswordEncoder passwordEncoder, JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager, Environment environment) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        // Reads what another node committed while this one waited for the lock.
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        bootstrap(Settings.from(environment));
    }

    /**
     * Creates the first global administrator from the settings if none can sign in.
     *
     * @return whether it did
     * @throws IllegalStateException when the settings cannot make one: the start stops with its message
     */
    boolean bootstrap(Settings settings) {
        if (settings.isEmpty()) {
            if (!accounts.existsGlobalAdministratorWhoCanSignIn()) {
                LOG.warn("No administrator can sign in to Plateau. To create the first one, set {} (lower-case "
                        + "letters, digits and . _ -) and {} ({} to {} characters, not the username), or {} "
                        + "naming a file that holds the password (a Docker secret), then start Plateau again.",
                        USERNAME, PASSWORD, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH, PASSWORD_FILE);
            }
            return false;
        }
        if (accounts.existsGlobalAdministratorWhoCanSignIn()) {
            logIgnored();
            return false;
        }
        String username = username(settings);
        String password = password(settings);
        try {
            PasswordPolicy.check(username, password);
        } catch (DomainException refused) {
            throw new IllegalStateException(refusal(PASSWORD + " (plateau.admin.password)", refused));
        }
        // Hashed before the lock, which then waits for no BCrypt round.
        String passwordHash = passwordEncoder.encode(password);
        boolean created = Boolean.TRUE.equals(transactions.execute(status -> createUnlessPresent(username,
                passwordHash)));
        if (created) {
            LOG.info("Created the global administrator \"{}\" from {}: sign in with it, then remove {} from the "
                    + "environment.", username, USERNAME, PASSWORD);
        } else {
            logIgnored();
        }
        return created;
    }

    private boolean createUnlessPresent(String username, String passwordHash) {
        // Held until commit: a node starting at the same moment waits here, then sees this one's administrator.
        if (jdbc.queryForList("SELECT name FROM startup_lock WHERE name = ? FOR UPDATE", String.class, LOCK)
                .isEmpty()) {
            throw new IllegalStateException("the row '" + LOCK + "' of table startup_lock is missing");
        }
        if (accounts.existsGlobalAdministratorWhoCanSignIn()) {
            return false;
        }
        if (accounts.existsByUsername(username)) {
            throw new IllegalStateException(USERNAME + " \"" + username + "\" is taken by an account that cannot "
                    + "administer every site: choose another username for the first administrator.");
        }
        Account admin = new Account(username, username, null, null, EnumSet.of(Role.ADMIN));
        admin.setPasswordHash(passwordHash);
        accounts.save(admin);
        return true;
    }

    private static String username(Settings settings) {
        if (isBlank(settings.username())) {
            throw new IllegalStateException(PASSWORD + " is set but " + USERNAME + " is not: set both to create "
                    + "the first administrator.");
        }
        try {
            return AccountService.normaliseUsername(settings.username());
        } catch (DomainException refused) {
            throw new IllegalStateException(refusal(USERNAME + " \"" + settings.username() + "\"", refused));
        }
    }

    private static String password(Settings settings) {
        boolean inline = !isBlank(settings.password());
        boolean inFile = !isBlank(settings.passwordFile());
        if (inline && inFile) {
            throw new IllegalStateException("Both " + PASSWORD + " and " + PASSWORD_FILE + " are set: keep one.");
        }
        if (inline) {
            return settings.password();
        }
        if (!inFile) {
            throw new IllegalStateException(USERNAME + " is set but neither " + PASSWORD + " nor " + PASSWORD_FILE
                    + " is: set one of them to create the first administrator.");
        }
        Path file = Path.of(settings.passwordFile().strip());
        try {
            // A secret file usually ends with a line break, which is not part of the password.
            return Files.readString(file, StandardCharsets.UTF_8).replaceAll("[\\r\\n]+$", "");
        } catch (IOException unreadable) {
            throw new IllegalStateException(PASSWORD_FILE + " " + file + " cannot be read: " + unreadable, unreadable);
        }
    }

    private static String refusal(String what, DomainException refused) {
        return what + " is refused: " + Messages.get(Messages.ENGLISH, refused.getMessageKey(), refused.getArguments());
    }

    private static void logIgnored() {
        LOG.info("An administrator can sign in: {}, {} and {} are ignored and can be removed from the environment.",
                USERNAME, PASSWORD, PASSWORD_FILE);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
