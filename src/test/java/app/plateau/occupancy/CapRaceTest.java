package app.plateau.occupancy;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.SignedInServiceTest;
import app.plateau.Signing;
import app.plateau.base.DomainException;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.Person;
import app.plateau.security.AccountService;
import app.plateau.security.AccountService.AccountDraft;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.Role;
import app.plateau.transfer.MoveDraft;
import app.plateau.transfer.MoveReason;
import app.plateau.transfer.TransferRequest;
import app.plateau.transfer.TransferService;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The sanitary cap holds when many people ask for the last places of a floor at the same moment:
 * 200 threads start together on a latch, each in its own transaction, and what they leave behind
 * is read back from the database. Every race is repeated on fresh floors, since one lucky
 * interleaving proves little.
 */
@Tag("mariadb")
// 200 racers share a pool of 20 connections and queue behind the same two floor locks, so the last
// ones wait far longer than the 3 s a page gives up after when the database is gone; the race is
// about what the database keeps, not about that answer, so the wait is long enough for any machine.
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=60000")
class CapRaceTest extends SignedInServiceTest {

    private static final int RACERS = 200;
    private static final int CAP = 30;
    private static final int PLACES_LEFT = 10;
    private static final int ROUNDS = 10;
    private static final String FULL = "occupancy.error.full";

    @Autowired
    private PresenceService presence;
    @Autowired
    private TransferService transfers;
    @Autowired
    private FloorService floors;
    @Autowired
    private AccountService accounts;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    /** One thread per contender, so that all 200 really wait on the latch together. */
    private ExecutorService contenders;
    /** Set-up and clean-up, a few calls at a time. */
    private ExecutorService helpers;

    @BeforeEach
    void pools() {
        contenders = Executors.newFixedThreadPool(RACERS);
        helpers = Executors.newFixedThreadPool(6);
    }

    @AfterEach
    void stopPools() {
        contenders.shutdownNow();
        helpers.shutdownNow();
    }

    @Test
    void of_200_people_checked_in_at_once_for_the_last_10_places_10_get_in_and_190_are_told_the_floor_is_full()
            throws Exception {
        String manager = testSite.username(Role.SITE_MANAGER);
        List<Person> residents = people(CAP - PLACES_LEFT);
        List<Person> racers = people(RACERS);
        for (int round = 1; round <= ROUNDS; round++) {
            Floor floor = newFloor("Course " + round, round, CAP);
            as(manager, residents, person -> presence.checkIn(person.getId(), floor.getId()));

            Race<Person> race = race(floor, racers, person -> manager,
                    person -> presence.checkIn(person.getId(), floor.getId()));

            assertOnlyRefusedFull(race);
            assertThat(race.winners()).hasSize(PLACES_LEFT);
            assertThat(race.highestSeen()).isLessThanOrEqualTo(CAP);
            assertThat(openStayPeople(floor)).containsAll(ids(residents))
                    .containsAll(ids(race.winners())).hasSize(CAP);
            assertCountersTrue(floor, CAP, 0);
            assertRefusalsJournalled(floor, RACERS - PLACES_LEFT);

            as(manager, openStayPeople(floor), presence::checkOut);
            assertCountersTrue(floor, 0, 0);
        }
    }

    @Test
    void of_200_waiting_moves_approved_at_once_to_a_floor_with_10_places_left_10_are_approved_and_190_stay_waiting()
            throws Exception {
        String manager = testSite.username(Role.SITE_MANAGER);
        List<String> managers = List.of(manager, secondManager());
        List<Person> residents = people(CAP - PLACES_LEFT);
        List<Person> racers = people(RACERS);
        Floor origin = newFloor("Origine", 100, Floor.POSITIONS_MAX);
        as(manager, racers, person -> presence.checkIn(person.getId(), origin.getId()));
        for (int round = 1; round <= ROUNDS; round++) {
            Floor target = newFloor("Cible " + round, round, CAP);
            as(manager, residents, person -> presence.checkIn(person.getId(), target.getId()));
            List<Long> requests = pendingRequests(racers, origin, target);
            assertThat(states(target)).containsExactly(Map.entry("PENDING", RACERS));

            Race<Long> race = race(target, requests, request -> managers.get((int) (request % managers.size())),
                    transfers::approve);

            assertOnlyRefusedFull(race);
            assertThat(race.winners()).hasSize(PLACES_LEFT);
            assertThat(race.highestSeen()).isLessThanOrEqualTo(CAP);
            assertThat(states(target)).containsOnly(Map.entry("APPROVED", PLACES_LEFT),
                    Map.entry("PENDING", RACERS - PLACES_LEFT));
            assertThat(requestsIn(target, "APPROVED")).containsExactlyInAnyOrderElementsOf(race.winners());
            assertCountersTrue(target, CAP - PLACES_LEFT, PLACES_LEFT);
            assertRefusalsJournalled(target, RACERS - PLACES_LEFT);
            assertThat(jdbc.queryForList("""
                    SELECT m.transfer_id FROM movement m WHERE m.kind = 'CAP_REFUSED' AND m.to_floor_id = ?""",
                    Long.class, target.getId())).containsExactlyInAnyOrderElementsOf(
                    requestsIn(target, "PENDING"));

            as(manager, race.winners(), transfers::cancel);
            cancelPending(target);
            as(manager, residents, person -> presence.checkOut(person.getId()));
            assertCountersTrue(target, 0, 0);
        }
    }

    @Test
    void two_managers_approving_the_same_move_at_once_give_one_approval_and_one_already_handled_refusal()
            throws Exception {
        String manager = testSite.username(Role.SITE_MANAGER);
        List<String> managers = List.of(manager, secondManager());
        Person mover = testSite.agent();
        Floor target = testSite.floor2();
        as(manager, List.of(mover), person -> presence.checkIn(person.getId(), testSite.floor1().getId()));
        for (int round = 1; round <= ROUNDS * 2; round++) {
            TransferRequest request = results(manager, List.of(mover), person -> transfers.request(
                    new MoveDraft(person.getId(), target.getId(), MoveReason.HR, null, null, null))).get(0);

            Race<String> race = race(target, managers, Function.identity(),
                    who -> transfers.approve(request.getId()));

            assertThat(race.unexpected()).isEmpty();
            assertThat(race.winners()).hasSize(1);
            assertThat(race.refusals()).containsOnly(Map.entry("transfer.error.already-decided", 1));
            assertThat(jdbc.queryForObject("SELECT state FROM transfer_request WHERE id = ?", String.class,
                    request.getId())).isEqualTo("APPROVED");
            assertThat(jdbc.queryForObject("SELECT decided_by FROM transfer_request WHERE id = ?", String.class,
                    request.getId())).isEqualTo(users.loadUserByUsername(race.winners().get(0)).displayName());
            assertThat(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM movement WHERE kind = 'APPROVED' AND transfer_id = ?", Integer.class,
                    request.getId())).isEqualTo(1);
            assertCountersTrue(target, 0, 1);

            as(manager, List.of(request), move -> transfers.cancel(move.getId()));
            assertCountersTrue(target, 0, 0);
        }
    }

    @Test
    void opposite_arrivals_between_two_floors_at_once_all_succeed_without_deadlock() throws Exception {
        String manager = testSite.username(Role.SITE_MANAGER);
        int each = RACERS / 2;
        List<Person> upstairs = people(each);
        List<Person> downstairs = people(each);
        for (int round = 1; round <= 2; round++) {
            // Each floor holds its own people and the places kept for those coming to it: full to the cap.
            Floor a = newFloor("Aller " + round, round, 2 * each);
            Floor b = newFloor("Retour " + round, 50 + round, 2 * each);
            as(manager, downstairs, person -> presence.checkIn(person.getId(), a.getId()));
            as(manager, upstairs, person -> presence.checkIn(person.getId(), b.getId()));
            List<Long> moves = new ArrayList<>(pendingRequests(downstairs, a, b));
            moves.addAll(pendingRequests(upstairs, b, a));
            as(manager, moves, transfers::approve);
            assertCountersTrue(a, each, each);
            assertCountersTrue(b, each, each);

            Race<Long> race = race(a, moves, move -> manager, transfers::arrive);

            assertThat(race.unexpected()).isEmpty();
            assertThat(race.refusals()).isEmpty();
            assertThat(race.winners()).hasSize(2 * each);
            assertThat(race.highestSeen()).isLessThanOrEqualTo(2 * each);
            assertThat(openStayPeople(a)).containsExactlyInAnyOrderElementsOf(ids(upstairs));
            assertThat(openStayPeople(b)).containsExactlyInAnyOrderElementsOf(ids(downstairs));
            assertCountersTrue(a, each, 0);
            assertCountersTrue(b, each, 0);

            as(manager, openStayPeople(a), presence::checkOut);
            as(manager, openStayPeople(b), presence::checkOut);
        }
    }

    // --- the race ---

    private record Outcome<T>(T contender, String refusalKey, Object[] refusalArguments, Throwable unexpected) {
    }

    private record Race<T>(List<Outcome<T>> outcomes, int highestSeen) {

        List<T> winners() {
            return outcomes.stream().filter(o -> o.refusalKey() == null && o.unexpected() == null)
                    .map(Outcome::contender).toList();
        }

        Map<String, Integer> refusals() {
            return outcomes.stream().filter(o -> o.refusalKey() != null)
                    .collect(Collectors.toMap(Outcome::refusalKey, o -> 1, Integer::sum, TreeMap::new));
        }

        List<String> unexpected() {
            return outcomes.stream().filter(o -> o.unexpected() != null)
                    .map(o -> o.unexpected().getClass().getName() + ": " + o.unexpected().getMessage()).toList();
        }
    }

    /**
     * Starts one thread per contender, each signed in as the account {@code who} names, waits until
     * all stand on the latch, then lets them go together. Meanwhile a watcher reads the floor's
     * committed count, to catch the cap being passed even for a moment.
     */
    private <T> Race<T> race(Floor floor, List<T> contenders, Function<T, String> who, Consumer<T> attempt)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(contenders.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome<T>>> futures = new ArrayList<>();
        for (T contender : contenders) {
            futures.add(this.contenders.submit(() -> {
                try {
                    Signing.signIn(users, who.apply(contender));
                    ready.countDown();
                    start.await();
                    attempt.accept(contender);
                    return new Outcome<>(contender, null, null, null);
                } catch (DomainException refused) {
                    return new Outcome<>(contender, refused.getMessageKey(), refused.getArguments(), null);
                } catch (RuntimeException unexpected) {
                    return new Outcome<>(contender, null, null, unexpected);
                } finally {
                    Signing.signOut();
                }
            }));
        }
        assertThat(ready.await(60, TimeUnit.SECONDS)).as("all contenders signed in").isTrue();
        AtomicBoolean running = new AtomicBoolean(true);
        Future<Integer> watcher = helpers.submit(() -> {
            int highest = 0;
            while (running.get()) {
                highest = Math.max(highest, held(floor));
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
            }
            return highest;
        });
        start.countDown();
        List<Outcome<T>> outcomes = new ArrayList<>();
        try {
            for (Future<Outcome<T>> future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
        } finally {
            running.set(false);
        }
        return new Race<>(outcomes, Math.max(watcher.get(10, TimeUnit.SECONDS), held(floor)));
    }

    private static void assertOnlyRefusedFull(Race<?> race) {
        assertThat(race.unexpected()).isEmpty();
        assertThat(race.refusals()).containsOnly(Map.entry(FULL, RACERS - PLACES_LEFT));
        // Each refusal tells the person the floor is full with its true count, not an earlier one.
        assertThat(race.outcomes()).filteredOn(o -> o.refusalKey() != null)
                .map(o -> List.of(o.refusalArguments()).subList(1, 3)).containsOnly(List.of(CAP, CAP));
    }

    // --- what the database holds ---

    private int held(Floor floor) {
        return jdbc.queryForObject("SELECT present + reserved FROM floor_occupancy WHERE floor_id = ?",
                Integer.class, floor.getId());
    }

    /** The counters say what the stays and approved moves say, and stay within the cap. */
    private void assertCountersTrue(Floor floor, int present, int reserved) {
        Map<String, Object> counters = jdbc.queryForMap(
                "SELECT present, reserved FROM floor_occupancy WHERE floor_id = ?", floor.getId());
        assertThat(((Number) counters.get("present")).intValue()).as("present").isEqualTo(present)
                .isEqualTo(openStayPeople(floor).size());
        // A place is held for each approved move to the floor and each person away who will come back to it.
        int approvedIn = jdbc.queryForObject(
                "SELECT COUNT(*) FROM transfer_request WHERE to_floor_id = ? AND state = 'APPROVED'", Integer.class,
                floor.getId());
        int keptForReturn = jdbc.queryForObject("""
                SELECT COUNT(*) FROM transfer_request
                WHERE from_floor_id = ? AND state = 'IN_PROGRESS' AND return_at IS NOT NULL""", Integer.class,
                floor.getId());
        assertThat(((Number) counters.get("reserved")).intValue()).as("reserved").isEqualTo(reserved)
                .isEqualTo(approvedIn + keptForReturn);
        assertThat(present + reserved).isLessThanOrEqualTo(floor.getSanitaryCap());
    }

    private void assertRefusalsJournalled(Floor floor, int refusals) {
        assertThat(jdbc.queryForList("SELECT detail FROM movement WHERE kind = 'CAP_REFUSED' AND to_floor_id = ?",
                String.class, floor.getId())).hasSize(refusals).containsOnly(CAP + "/" + CAP);
    }

    private List<Long> openStayPeople(Floor floor) {
        return jdbc.queryForList("SELECT person_id FROM presence WHERE floor_id = ? AND ended_at IS NULL", Long.class,
                floor.getId());
    }

    private Map<String, Integer> states(Floor target) {
        Map<String, Integer> states = new TreeMap<>();
        jdbc.query("SELECT state, COUNT(*) FROM transfer_request WHERE to_floor_id = ? GROUP BY state",
                rs -> {
                    states.put(rs.getString(1), rs.getInt(2));
                }, target.getId());
        return states;
    }

    private List<Long> requestsIn(Floor target, String state) {
        return jdbc.queryForList("SELECT id FROM transfer_request WHERE to_floor_id = ? AND state = ?", Long.class,
                target.getId(), state);
    }

    private static List<Long> ids(List<Person> people) {
        return people.stream().map(Person::getId).toList();
    }

    // --- set-up ---

    private Floor newFloor(String name, int level, int cap) {
        return Fixtures.asSystem(() -> floors.save(new Floor(testSite.site(), name, level, cap, cap)));
    }

    /** People of the test site's team, not checked in anywhere. */
    private List<Person> people(int count) throws Exception {
        return inParallel(IntStream.range(0, count).boxed().toList(), null, i -> fixtures.person(testSite.site(),
                Fixtures.unique("R"), "Personne " + i, testSite.team(), testSite.floor1()));
    }

    /**
     * Moves asked for now, as {@link TransferService#request} writes them, in one batch: a waiting
     * request holds no place, so the counters need no change.
     */
    private List<Long> pendingRequests(List<Person> people, Floor from, Floor to) {
        Timestamp now = Timestamp.from(clock.instant());
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        jdbc.batchUpdate("""
                INSERT INTO transfer_request (site_id, person_id, from_floor_id, to_floor_id, reason, state,
                    requested_at, requested_by, move_at, auto_approved, open_person_id, version)
                VALUES (?, ?, ?, ?, 'TRAINING', 'PENDING', ?, 'CapRaceTest', ?, FALSE, ?, 0)""", people, 100,
                (statement, person) -> {
                    statement.setLong(1, testSite.site().getId());
                    statement.setLong(2, person.getId());
                    statement.setLong(3, from.getId());
                    statement.setLong(4, to.getId());
                    statement.setTimestamp(5, now, utc);
                    statement.setTimestamp(6, now, utc);
                    statement.setLong(7, person.getId());
                });
        return requestsIn(to, "PENDING");
    }

    /** Closes the requests still waiting for a floor, which hold no place, so their people may ask again. */
    private void cancelPending(Floor to) {
        jdbc.update("""
                UPDATE transfer_request SET state = 'CANCELLED', closed_at = requested_at, open_person_id = NULL
                WHERE to_floor_id = ? AND state = 'PENDING'""", to.getId());
    }

    /** A second site manager, so that decisions really come from two accounts. */
    private String secondManager() {
        String username = Fixtures.unique("manager").toLowerCase();
        Fixtures.asSystem(() -> accounts.create(new AccountDraft(username, "Second manager " + username,
                testSite.site().getId(), null, EnumSet.of(Role.SITE_MANAGER)), Fixtures.PASSWORD));
        return username;
    }

    /** Set-up or clean-up calls made by one account, a few at a time; any failure fails the test. */
    private <T, R> List<R> results(String username, List<T> items, Function<T, R> call) throws Exception {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        signIn(username);
        Authentication account = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        return inParallel(items, account, call);
    }

    private <T> void as(String username, List<T> items, Consumer<T> call) throws Exception {
        results(username, items, item -> {
            call.accept(item);
            return item;
        });
    }

    private <T, R> List<R> inParallel(List<T> items, Authentication account, Function<T, R> call)
            throws Exception {
        List<Future<R>> futures = new ArrayList<>();
        for (T item : items) {
            Callable<R> task = () -> {
                SecurityContextHolder.getContext().setAuthentication(account);
                try {
                    return call.apply(item);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            futures.add(helpers.submit(task));
        }
        List<R> results = new ArrayList<>();
        for (Future<R> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
