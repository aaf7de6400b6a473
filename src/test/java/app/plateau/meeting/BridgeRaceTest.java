package app.plateau.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.Signing;
import app.plateau.base.DomainException;
import app.plateau.organisation.Person;
import app.plateau.security.AccountService;
import app.plateau.security.AccountService.AccountDraft;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.Role;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Phone bridges under concurrent bookings: 50 organisers book at the same moment (threads released
 * by one latch, each in its own transaction) for overlapping times on a site with two bridges that
 * cannot carry them all. What they leave behind is read back from the database: no bridge ever
 * carries more lines than it has, no two overlapping meetings on a bridge share a PIN, and the
 * bridges were filled as far as they could be. Each race is repeated on fresh bridges, since one
 * lucky interleaving proves little.
 */
@Tag("mariadb")
class BridgeRaceTest extends SignedInServiceTest {

    private static final int RACERS = 50;
    private static final int ROUNDS = 5;
    private static final int[] CAPACITIES = {20, 15};
    private static final Set<String> NO_BRIDGE = Set.of("meeting.error.no-bridge-free-until",
            "meeting.error.no-bridge-free");
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    @Autowired
    private MeetingService meetings;
    @Autowired
    private BridgeRepository bridges;
    @Autowired
    private AccountService accounts;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private JdbcTemplate jdbc;

    private ExecutorService contenders;
    private ExecutorService helpers;

    /** An organiser with an account of their own and three people only they invite. */
    private record Organiser(String username, long personId, List<Long> attendees) {
    }

    /** What one organiser asked for in a round. */
    private record Booking(Organiser organiser, LocalDateTime start, LocalDateTime end, int attendees,
            String pin) {

        int lines() {
            return attendees + 1;
        }

        MeetingDraft draft() {
            MeetingDraft draft = MeetingDraft.video("Point " + organiser.username(), start, end,
                    Set.copyOf(organiser.attendees().subList(0, attendees))).withMode(MeetingMode.PHONE);
            return (pin == null ? draft : draft.withPin(pin)).confirmed();
        }
    }

    private record Outcome(Booking booking, String refusalKey, Object[] refusalArguments, Throwable unexpected) {

        boolean booked() {
            return refusalKey == null && unexpected == null;
        }
    }

    /** One occurrence row as the database holds it. */
    private record Row(long organiserId, Long bridgeId, String pin, int lineCount, int attendees, Instant start,
            Instant end) {

        boolean overlaps(Instant from, Instant to) {
            return start.isBefore(to) && end.isAfter(from);
        }
    }

    @BeforeEach
    void pools() {
        contenders = Executors.newFixedThreadPool(RACERS);
        helpers = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void stopPools() {
        contenders.shutdownNow();
        helpers.shutdownNow();
    }

    @Test
    void of_50_phone_bookings_at_once_over_two_bridges_none_overfills_a_bridge_or_shares_a_pin_and_the_bridges_fill_up()
            throws Exception {
        List<Organiser> organisers = organisers(testSite, RACERS, 3);
        ZoneId zone = testSite.site().zoneId();
        LocalDate firstDay = LocalDate.now(zone).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate day = firstDay.plusWeeks(round);
            Map<Long, Integer> capacities = freshBridges(testSite, round, CAPACITIES);
            List<Booking> bookings = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                Organiser organiser = organisers.get(i);
                if (round == 0) {
                    // Every meeting takes three lines at the very same time: 6 fit on the 20-line bridge, 5 on the 15.
                    bookings.add(new Booking(organiser, day.atTime(9, 0), day.atTime(10, 0), 2, null));
                } else {
                    // One to three attendees, starts staggered by quarter hours: all of them overlap 09:45-10:00.
                    LocalDateTime start = day.atTime(LocalTime.of(9, 0)).plusMinutes(15L * ((i + round) % 4));
                    bookings.add(new Booking(organiser, start, start.plusHours(1), (i + round) % 3 + 1, null));
                }
            }

            List<Outcome> outcomes = race(bookings);

            assertThat(unexpected(outcomes)).isEmpty();
            List<Outcome> refused = outcomes.stream().filter(o -> !o.booked()).toList();
            assertThat(refused).extracting(Outcome::refusalKey).allMatch(NO_BRIDGE::contains);
            assertThat(outcomes.stream().filter(Outcome::booked).count() + refused.size()).isEqualTo(RACERS);
            assertThat(refused).as("some bookings must be refused for the race to mean anything").isNotEmpty();

            List<Row> rows = rows(testSite, day, zone);
            assertThat(rows).extracting(Row::organiserId).containsExactlyInAnyOrderElementsOf(
                    outcomes.stream().filter(Outcome::booked).map(o -> o.booking().organiser().personId()).toList());
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.bridgeId()).isIn(capacities.keySet());
                assertThat(row.pin()).matches("[0-9]{6}");
                assertThat(row.lineCount()).as("lines: the organiser and the attendees").isEqualTo(row.attendees() + 1);
            });
            for (Map.Entry<Long, Integer> bridge : capacities.entrySet()) {
                List<Row> onBridge = rows.stream().filter(row -> row.bridgeId().equals(bridge.getKey())).toList();
                assertThat(peak(onBridge, null, null)).as("lines in use at once on bridge " + bridge.getKey())
                        .isLessThanOrEqualTo(bridge.getValue());
                assertNoSharedPin(onBridge);
            }
            // Filled as far as they could be: no refused meeting would fit on either bridge even now.
            for (Outcome refusal : refused) {
                Booking booking = refusal.booking();
                Instant from = booking.start().atZone(zone).toInstant();
                Instant to = booking.end().atZone(zone).toInstant();
                for (Map.Entry<Long, Integer> bridge : capacities.entrySet()) {
                    List<Row> onBridge = rows.stream().filter(row -> row.bridgeId().equals(bridge.getKey())).toList();
                    assertThat(peak(onBridge, from, to) + booking.lines())
                            .as("a refused meeting of %d lines would not fit on bridge %d", booking.lines(),
                                    bridge.getKey())
                            .isGreaterThan(bridge.getValue());
                }
                if (refusal.refusalKey().equals("meeting.error.no-bridge-free-until")) {
                    assertThat((LocalDateTime) refusal.refusalArguments()[0]).isAfter(booking.start());
                }
            }
            if (round == 0) {
                assertThat(rows).hasSize(20 / 3 + 15 / 3);
            }
        }
    }

    @Test
    void of_20_organisers_asking_for_the_same_pin_at_overlapping_times_one_gets_it_and_19_are_told_it_is_taken()
            throws Exception {
        TestSite site = fixtures.site();
        List<Organiser> organisers = organisers(site, 20, 1);
        ZoneId zone = site.site().zoneId();
        LocalDate firstDay = LocalDate.now(zone).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        freshBridges(site, 0, new int[] {100});
        for (int round = 0; round < 3; round++) {
            LocalDate day = firstDay.plusWeeks(round);
            // Starts a minute apart, 30 minutes long: every meeting overlaps every other.
            List<Booking> bookings = IntStream.range(0, organisers.size()).mapToObj(i -> new Booking(
                    organisers.get(i), day.atTime(9, i), day.atTime(9, i).plusMinutes(30), 1, "4321")).toList();

            List<Outcome> outcomes = race(bookings);

            assertThat(unexpected(outcomes)).isEmpty();
            assertThat(outcomes).filteredOn(Outcome::booked).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.booked()).extracting(Outcome::refusalKey).hasSize(19)
                    .containsOnly("meeting.error.pin-taken");
            List<Row> rows = rows(site, day, zone);
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.pin()).isEqualTo("4321");
                assertThat(row.organiserId()).isEqualTo(outcomes.stream().filter(Outcome::booked).findFirst()
                        .orElseThrow().booking().organiser().personId());
            });
        }
    }

    // --- the race ---

    /** Signs each organiser in on a thread of their own, waits until all stand on the latch, then lets them go. */
    private List<Outcome> race(List<Booking> bookings) throws Exception {
        CountDownLatch ready = new CountDownLatch(bookings.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Booking booking : bookings) {
            futures.add(contenders.submit(() -> {
                try {
                    Signing.signIn(users, booking.organiser().username());
                    ready.countDown();
                    start.await();
                    meetings.book(booking.draft());
                    return new Outcome(booking, null, null, null);
                } catch (DomainException refused) {
                    return new Outcome(booking, refused.getMessageKey(), refused.getArguments(), null);
                } catch (RuntimeException unexpected) {
                    return new Outcome(booking, null, null, unexpected);
                } finally {
                    Signing.signOut();
                }
            }));
        }
        assertThat(ready.await(60, TimeUnit.SECONDS)).as("all organisers signed in").isTrue();
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get(180, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private static List<String> unexpected(List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.unexpected() != null)
                .map(o -> o.unexpected().getClass().getName() + ": " + o.unexpected().getMessage()).toList();
    }

    // --- what the database holds ---

    private List<Row> rows(TestSite site, LocalDate day, ZoneId zone) {
        Timestamp from = Timestamp.from(day.atStartOfDay(zone).toInstant());
        Timestamp to = Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant());
        return jdbc.query("""
                SELECT m.organiser_id, o.bridge_id, o.pin, o.line_count, o.starts_at, o.ends_at,
                    (SELECT COUNT(*) FROM meeting_attendee a WHERE a.meeting_id = m.id) AS attendees
                FROM meeting_occurrence o JOIN meeting m ON m.id = o.meeting_id
                WHERE o.site_id = ? AND o.starts_at >= ? AND o.starts_at < ? AND o.cancelled = FALSE
                    AND m.state = 'SCHEDULED'""", statement -> {
                    statement.setLong(1, site.site().getId());
                    statement.setTimestamp(2, from, UTC);
                    statement.setTimestamp(3, to, UTC);
                }, (rs, i) -> new Row(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getString(3),
                        rs.getInt(4), rs.getInt(7), rs.getTimestamp(5, UTC).toInstant(),
                        rs.getTimestamp(6, UTC).toInstant()));
    }

    /** The most lines in use at once among these rows, within [from, to) when given. */
    private static int peak(List<Row> rows, Instant from, Instant to) {
        TreeMap<Instant, Integer> changes = new TreeMap<>();
        for (Row row : rows) {
            if (from != null && !row.overlaps(from, to)) {
                continue;
            }
            Instant start = from != null && row.start().isBefore(from) ? from : row.start();
            Instant end = to != null && row.end().isAfter(to) ? to : row.end();
            changes.merge(start, row.lineCount(), Integer::sum);
            changes.merge(end, -row.lineCount(), Integer::sum);
        }
        int now = 0;
        int most = 0;
        for (int change : changes.values()) {
            now += change;
            most = Math.max(most, now);
        }
        return most;
    }

    private static void assertNoSharedPin(List<Row> onBridge) {
        for (int i = 0; i < onBridge.size(); i++) {
            for (int j = i + 1; j < onBridge.size(); j++) {
                Row a = onBridge.get(i);
                Row b = onBridge.get(j);
                if (a.overlaps(b.start(), b.end())) {
                    assertThat(a.pin()).as("PINs of two overlapping meetings on one bridge").isNotEqualTo(b.pin());
                }
            }
        }
    }

    // --- set-up ---

    /** Retires the site's bridges and gives it new ones with these capacities; their ids and capacities. */
    private Map<Long, Integer> freshBridges(TestSite site, int round, int[] capacities) {
        jdbc.update("UPDATE bridge SET active = FALSE WHERE site_id = ?", site.site().getId());
        Map<Long, Integer> created = new TreeMap<>();
        for (int i = 0; i < capacities.length; i++) {
            Bridge bridge = bridges.save(new Bridge(site.site().getId(), "Pont " + round + "-" + i,
                    "+212 5 22 00 0" + round + " " + (10 + i), capacities[i]));
            created.put(bridge.getId(), capacities[i]);
        }
        return created;
    }

    /** Team leads of the site, each with an account and {@code attendees} people of their own to invite. */
    private List<Organiser> organisers(TestSite site, int count, int attendees) throws Exception {
        return inParallel(IntStream.range(0, count).boxed().toList(), i -> {
            Person lead = fixtures.person(site.site(), Fixtures.unique("O"), "Organisateur " + i, site.team(),
                    site.floor1());
            String username = Fixtures.unique("organiser").toLowerCase();
            Fixtures.asSystem(() -> accounts.create(new AccountDraft(username, lead.getFullName(),
                    site.site().getId(), lead.getId(), EnumSet.of(Role.TEAM_LEAD)), Fixtures.PASSWORD));
            List<Long> invited = IntStream.range(0, attendees).mapToObj(j -> fixtures.person(site.site(),
                    Fixtures.unique("I"), "Invité " + i + "-" + j, site.team(), site.floor1()).getId()).toList();
            return new Organiser(username, lead.getId(), invited);
        });
    }

    private <T, R> List<R> inParallel(List<T> items, Function<T, R> call) throws Exception {
        List<Future<R>> futures = items.stream().map(item -> helpers.submit(() -> call.apply(item))).toList();
        List<R> results = new ArrayList<>();
        for (Future<R> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        Set<R> distinct = new HashSet<>(results);
        assertThat(distinct).hasSize(items.size());
        return results;
    }
}
