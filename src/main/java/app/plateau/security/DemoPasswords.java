package app.plateau.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo accounts the short, documented password {@code demo}, which the password policy
 * would refuse. It exists only while demo data is switched on.
 */
@Component
@ConditionalOnProperty(name = "plateau.demo-data", havingValue = "true")
public class DemoPasswords {

    public static final String PASSWORD = "demo";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    DemoPasswords(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public void setDemoPassword(String username) {
        accounts.findByUsername(username)
                .ifPresent(account -> account.setPasswordHash(passwordEncoder.encode(PASSWORD)));
    }
}
