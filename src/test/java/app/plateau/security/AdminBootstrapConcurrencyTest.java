package app.plateau.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.security.AdminBootstrap.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Several nodes starting at once on one empty database, each told to create its first administrator:
 * exactly one is created. Each thread stands for a node (its own transaction and connection).
 */
@SpringBootTest
@Tag("security")
@Tag("mariadb")
class AdminBootstrapConcurrencyTest {

    private static final int NODES = 8;

    @Autowired
    private AdminBootstrap bootstrap;
    @Autowired
    private AccountRows rows;
    private List<Long> setAside = List.of();
    private String prefix;

    @BeforeEach
    void noAdministratorCanSignIn() {
        // The database is shared with other tests: their administrators are locked for this one's length.
        setAside = rows.lockAdministratorsWhoCanSignIn();
        prefix = Fixtures.unique("first").toLowerCase();
    }

    @AfterEach
    void putBack() {
        rows.deleteStartingWith(prefix);
        rows.unlock(setAside);
    }

    @Test
    void nodes_starting_at_once_create_exactly_one_administrator() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(NODES);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> created = new ArrayList<>();
        for (int node = 0; node < NODES; node++) {
            // Different names on purpose: the unique username cannot be what keeps it to one.
            Settings settings = new Settings(prefix + "-" + node, "Premier-acces-2026", null);
            created.add(pool.submit(() -> {
                start.await();
                return bootstrap.bootstrap(settings);
            }));
        }
        start.countDown();
        int creators = 0;
        for (Future<Boolean> node : created) {
            creators += node.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(creators).isEqualTo(1);
        assertThat(rows.count(prefix)).isEqualTo(1);
        assertThat(rows.administratorsWhoCanSignIn()).hasSize(1);
    }
}
