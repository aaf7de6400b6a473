package app.plateau.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.SignedInServiceTest;
import app.plateau.Signing;
import app.plateau.base.DomainException;
import app.plateau.hygiene.HygieneFixtures.Rounds;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.CurrentUser;
import app.plateau.security.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** What happens when several people or the job act on the same rounds at once; proven on MariaDB too. */
@Tag("mariadb")
class HygieneRaceTest extends SignedInServiceTest {

    private static final int RACERS = 6;

    @Autowired
    private HygieneService hygiene;
    @Autowired
    private HygieneFixtures hygieneFixtures;
    @Autowired
    private RoundRepository rounds;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private AccountUserDetailsService users;
    private final ExecutorService pool = Executors.newFixedThreadPool(RACERS);

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    private <T> List<Future<T>> together(List<Callable<T>> work) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = work.stream().map(task -> pool.submit(() -> {
            start.await();
            return task.call();
        })).toList();
        start.countDown();
        return futures;
    }

    @Test
    void two_people_finishing_the_same_round_at_once_give_one_completion_and_one_refusal_naming_who_did_it()
            throws Exception {
        Rounds today = hygieneFixtures.rounds(testSite);
        long roundId = today.get(RoundStatus.DUE).id();
        List<Callable<String>> work = new ArrayList<>();
        for (Role role : List.of(Role.HEALTH_OFFICER, Role.SITE_MANAGER)) {
            work.add(() -> {
                Signing.signIn(users, testSite.username(role));
                try {
                    hygiene.complete(roundId, HygieneFixtures.allPass());
                    return "done";
                } catch (DomainException refused) {
                    return refused.getMessageKey() + " " + refused.getArguments()[0];
                } finally {
                    Signing.signOut();
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> future : together(work)) {
            outcomes.add(future.get(30, TimeUnit.SECONDS));
        }
        String completedBy = rounds.findById(roundId).orElseThrow().getCompletedBy();
        assertThat(outcomes).containsExactlyInAnyOrder("done", "hygiene.error.already-done " + completedBy);
    }

    @Test
    void screens_and_the_job_creating_tomorrows_rounds_at_once_create_each_round_once() throws Exception {
        hygieneFixtures.rounds(testSite);
        long siteId = testSite.site().getId();
        ZoneId zone = CurrentUser.asSystem(() -> hygiene.site(siteId).zoneId());
        LocalDate tomorrow = LocalDate.now(zone).plusDays(1);
        List<Callable<Boolean>> work = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            work.add(() -> CurrentUser.asSystem(() -> {
                transactions.executeWithoutResult(status -> hygiene.ensureRounds(siteId, tomorrow));
                return true;
            }));
        }
        for (Future<Boolean> future : together(work)) {
            assertThat(future.get(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(rounds.findScheduled(siteId, tomorrow.atStartOfDay(zone).toInstant(),
                tomorrow.plusDays(1).atStartOfDay(zone).toInstant())).hasSize(4);
    }
}
