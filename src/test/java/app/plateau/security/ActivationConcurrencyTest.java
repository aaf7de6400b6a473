package app.plateau.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.base.DomainException;
import app.plateau.security.AccountService.AccountDraft;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The same activation link opened in several places at once sets one password: the link is used up
 * in the database, where parallel requests queue on its row.
 */
@SpringBootTest
@Tag("mariadb")
@Tag("security")
class ActivationConcurrencyTest {

    private static final int REQUESTS = 8;

    @Autowired
    private ActivationService activation;
    @Autowired
    private AccountService accounts;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PasswordEncoder encoder;

    @Test
    void parallel_requests_with_one_link_set_exactly_one_password() throws Exception {
        for (int round = 0; round < 3; round++) {
            Fixtures.TestSite site = fixtures.site();
            String username = Fixtures.unique("par").toLowerCase();
            Account account = Fixtures.asSystem(() -> accounts.create(new AccountDraft(username, "Parallèle",
                    site.site().getId(), null, EnumSet.of(Role.AGENT)), null));
            String token = ActivationService.newToken();
            jdbc.update("""
                    insert into account_activation (account_id, token_hash, issued_at, expires_at)
                    values (?, ?, current_timestamp(6), current_timestamp(6) + interval '1' day)
                    """, account.getId(), ActivationService.hash(token));

            ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String password = "Parallele-" + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        activation.activate(token, password, "198.51.100.7");
                        return password;
                    } catch (DomainException refused) {
                        assertThat(refused.getMessageKey()).isEqualTo("activation.error.invalid");
                        return null;
                    }
                }));
            }
            start.countDown();
            List<String> set = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String password = outcome.get(60, TimeUnit.SECONDS);
                if (password != null) {
                    set.add(password);
                }
            }
            pool.shutdown();

            assertThat(set).hasSize(1);
            String hash = jdbc.queryForObject("select password_hash from account where id = ?", String.class,
                    account.getId());
            assertThat(encoder.matches(set.get(0), hash)).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from account_activation where account_id = ?"
                    + " and used_at is not null", Integer.class, account.getId())).isEqualTo(1);
        }
    }
}
