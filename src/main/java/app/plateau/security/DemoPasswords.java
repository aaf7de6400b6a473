package app.plateau.security;

import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The short, documented password {@code demo} of the demo accounts, which the password policy would
 * refuse. It is given only while demo data is switched on. At every start, demo accounts that still
 * have it lose it when demo data is off (a database seeded for a demo and kept for real use), and are
 * named in a warning when demo data is on with a production database.
 */
@Component
@Order(DemoPasswords.ORDER)
public class DemoPasswords implements ApplicationRunner {

    public static final String PASSWORD = "demo";
    /** The demo accounts the README lists. */
    public static final List<String> USERNAMES = List.of("agent", "lead", "manager", "health", "auditor", "admin");
    /**
     * Where this check runs among the start-up runners: after the demo data (which may have just made
     * the accounts), before the first administrator (for whom a demo administrator no longer counts).
     */
    public static final int ORDER = 0;
    static final String DEMO_DATA = "plateau.demo-data";
    private static final Logger LOG = LoggerFactory.getLogger(DemoPasswords.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final boolean demoData;
    private final boolean productionDatabase;

    DemoPasswords(AccountRepository accounts, PasswordEncoder passwordEncoder, Environment environment) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.demoData = environment.getProperty(DEMO_DATA, Boolean.class, false);
        this.productionDatabase = environment.matchesProfiles("mariadb | production");
    }

    /**
     * Gives a demo account that has no password (new, or taken away while demo data was off) the password
     * {@code demo}; refused unless demo data was asked for. A password chosen since is kept.
     */
    @Transactional
    public void giveDemoPassword(String username) {
        if (!demoData) {
            throw new IllegalStateException("the demo password is given only with " + DEMO_DATA + "=true");
        }
        if (!USERNAMES.contains(username)) {
            throw new IllegalArgumentException(username + " is not a demo account");
        }
        accounts.findByUsername(username).filter(account -> !account.hasPassword())
                .ifPresent(account -> account.setPasswordHash(passwordEncoder.encode(PASSWORD)));
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demoData && !productionDatabase) {
            // The embedded trial: the password is in the README, there is nothing to tell.
            return;
        }
        List<Account> open = accounts.findByUsernameIn(USERNAMES).stream()
                .filter(account -> account.hasPassword()
                        && passwordEncoder.matches(PASSWORD, account.getPasswordHash()))
                .toList();
        if (open.isEmpty()) {
            return;
        }
        String names = open.stream().map(Account::getUsername).collect(Collectors.joining(", "));
        if (demoData) {
            LOG.warn("SECURITY: demo accounts sign in with the public password \"{}\" on this production database "
                    + "({}=true): {}. Anyone who reaches Plateau can sign in as them, administrator included: use "
                    + "this database for a demo only.", PASSWORD, DEMO_DATA, names);
            return;
        }
        open.forEach(account -> accounts.removePassword(account.getId(), account.getPasswordHash()));
        LOG.warn("SECURITY: demo data is off ({}=false) but demo accounts still had the public password \"{}\": "
                + "{}. Their passwords are removed: they cannot sign in until an administrator resets them, or "
                + "demo data is switched on again.", DEMO_DATA, PASSWORD, names);
    }
}
