package app.plateau.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.SignedInServiceTest;
import app.plateau.base.Broadcaster;
import app.plateau.organisation.Person;
import app.plateau.security.Role;
import com.vaadin.flow.shared.Registration;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The reminder a few minutes before each occurrence: claimed once in the database whoever runs the
 * job and however often, announced to the people taking part, and re-armed when the occurrence
 * moves. The job is run at chosen instants (a few minutes before meetings booked weeks ahead), so
 * the scheduler's own runs on the real clock never find these meetings due.
 */
@Tag("mariadb")
class ReminderJobTest extends SignedInServiceTest {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    @Autowired
    MeetingService meetings;
    @Autowired
    ReminderJob job;
    @Autowired
    Reminders reminders;
    @Autowired
    BridgeRepository bridges;
    @Autowired
    JdbcTemplate jdbc;

    ZoneId zone;
    LocalDateTime start;
    final AtomicInteger agentAnnouncements = new AtomicInteger();
    Registration listening;

    @BeforeEach
    void setUp() {
        zone = testSite.site().zoneId();
        // A day of its own far ahead, so no other test's meeting is due at the instants used here.
        start = LocalDate.now(zone).plusDays(ThreadLocalRandom.current().nextInt(60, 600)).atTime(8, 45);
        listening = reminders.changes().register(testSite.agent().getId(),
                person -> agentAnnouncements.incrementAndGet());
        signIn(testSite.username(Role.TEAM_LEAD));
    }

    @AfterEach
    void stopListening() {
        listening.remove();
    }

    private long book(String title, LocalDateTime at, MeetingMode mode) {
        MeetingDetails booked = meetings.book(MeetingDraft.video(title, at, at.plusMinutes(15),
                Set.of(testSite.agent().getId())).withMode(mode));
        return occurrences(booked.id()).get(0);
    }

    private List<Long> occurrences(long meetingId) {
        return jdbc.queryForList("SELECT id FROM meeting_occurrence WHERE meeting_id = ? ORDER BY starts_at",
                Long.class, meetingId);
    }

    private Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    private List<Reminder> pendingFor(Person person) {
        return Fixtures.asSystem(() -> reminders.pendingFor(person.getId()));
    }

    private Instant remindedAt(long occurrenceId) {
        Timestamp at = jdbc.query("SELECT reminded_at FROM meeting_occurrence WHERE id = ?",
                rs -> rs.next() ? rs.getTimestamp(1, UTC) : null, occurrenceId);
        return at == null ? null : at.toInstant();
    }

    private int announcementsToTheAgent() {
        Broadcaster.awaitAllIdle(Duration.ofSeconds(10));
        return agentAnnouncements.get();
    }

    @Test
    void an_occurrence_due_within_five_minutes_is_claimed_once_and_announced_once_however_often_the_job_runs() {
        long occurrence = book("Briefing quotidien", start, MeetingMode.VIDEO);
        Instant now = instant(start).minus(Duration.ofMinutes(4));

        List<Long> first = job.remind(now);
        List<Long> second = job.remind(now.plusSeconds(20));
        List<Long> third = job.remind(now.plusSeconds(40));

        assertThat(first).contains(occurrence);
        assertThat(second).doesNotContain(occurrence);
        assertThat(third).doesNotContain(occurrence);
        assertThat(remindedAt(occurrence)).isEqualTo(now);
        assertThat(announcementsToTheAgent()).isEqualTo(1);
        String room = meetings.get(jdbc.queryForObject("SELECT meeting_id FROM meeting_occurrence WHERE id = ?",
                Long.class, occurrence)).videoRoomUrl();
        assertThat(pendingFor(testSite.agent())).singleElement().satisfies(reminder -> {
            assertThat(reminder.occurrenceId()).isEqualTo(occurrence);
            assertThat(reminder.title()).isEqualTo("Briefing quotidien");
            assertThat(reminder.start()).isEqualTo(start);
            assertThat(reminder.mode()).isEqualTo(MeetingMode.VIDEO);
            assertThat(reminder.joinUrl()).isEqualTo(room);
            assertThat(reminder.minutesBefore(now)).isEqualTo(4);
        });
        assertThat(pendingFor(testSite.lead())).as("the organiser is reminded too").hasSize(1);
    }

    @Test
    void two_nodes_finding_the_same_occurrence_due_at_the_same_moment_claim_it_once() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                LocalDateTime at = start.plusHours(round);
                long occurrence = book("Point " + round, at, MeetingMode.VIDEO);
                Instant now = instant(at).minus(Duration.ofMinutes(3));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<List<Long>>> runs = new ArrayList<>();
                for (int node = 0; node < 2; node++) {
                    runs.add(nodes.submit(() -> {
                        go.await();
                        return Fixtures.asSystem(() -> job.remind(now));
                    }));
                }
                go.countDown();
                int claims = 0;
                for (Future<List<Long>> run : runs) {
                    claims += run.get(30, TimeUnit.SECONDS).contains(occurrence) ? 1 : 0;
                }
                assertThat(claims).as("round %d", round).isEqualTo(1);
                assertThat(remindedAt(occurrence)).isEqualTo(now);
                assertThat(announcementsToTheAgent()).as("round %d", round).isEqualTo(round + 1);
            }
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void an_occurrence_further_than_the_lead_time_or_cancelled_is_not_announced() {
        long later = book("Plus tard", start, MeetingMode.VIDEO);
        LocalDateTime cancelledAt = start.plusHours(2);
        long cancelled = book("Annulée", cancelledAt, MeetingMode.VIDEO);
        meetings.cancelOccurrence(cancelled);

        assertThat(job.remind(instant(start).minus(Duration.ofMinutes(6)))).doesNotContain(later);
        assertThat(job.remind(instant(cancelledAt).minus(Duration.ofMinutes(2)))).doesNotContain(cancelled);

        assertThat(remindedAt(later)).isNull();
        assertThat(remindedAt(cancelled)).isNull();
        assertThat(pendingFor(testSite.agent())).isEmpty();
        assertThat(announcementsToTheAgent()).isZero();
    }

    @Test
    void moving_an_occurrence_re_arms_its_reminder_for_the_new_time() {
        long occurrence = book("Briefing", start, MeetingMode.VIDEO);
        job.remind(instant(start).minus(Duration.ofMinutes(3)));
        assertThat(pendingFor(testSite.agent())).extracting(Reminder::start).containsExactly(start);

        LocalDateTime moved = start.plusMinutes(30);
        meetings.moveOccurrence(occurrence, moved, moved.plusMinutes(15), true);

        assertThat(remindedAt(occurrence)).isNull();
        job.remind(instant(start).minus(Duration.ofMinutes(2)));
        assertThat(pendingFor(testSite.agent())).as("the reminder for the old time is gone").isEmpty();
        Instant now = instant(moved).minus(Duration.ofMinutes(4));
        assertThat(job.remind(now)).contains(occurrence);
        assertThat(remindedAt(occurrence)).isEqualTo(now);
        assertThat(pendingFor(testSite.agent())).extracting(Reminder::start).containsExactly(moved);
    }

    @Test
    void a_meeting_cancelled_after_its_reminder_went_out_is_taken_off_the_reminders() {
        long occurrence = book("Briefing", start, MeetingMode.VIDEO);
        job.remind(instant(start).minus(Duration.ofMinutes(4)));
        assertThat(pendingFor(testSite.agent())).hasSize(1);

        meetings.cancel(jdbc.queryForObject("SELECT meeting_id FROM meeting_occurrence WHERE id = ?", Long.class,
                occurrence));
        job.remind(instant(start).minus(Duration.ofMinutes(3)));

        assertThat(pendingFor(testSite.agent())).isEmpty();
        assertThat(announcementsToTheAgent()).as("once for the reminder, once for its withdrawal").isEqualTo(2);
    }

    @Test
    void a_phone_meeting_is_reminded_with_the_dial_in_and_the_pin() {
        bridges.save(new Bridge(testSite.site().getId(), "Pont rappel", "+212 5 22 00 09 09", 10));
        long occurrence = book("Point téléphonique", start, MeetingMode.PHONE);

        job.remind(instant(start).minus(Duration.ofMinutes(5)));

        assertThat(pendingFor(testSite.agent())).singleElement().satisfies(reminder -> {
            assertThat(reminder.occurrenceId()).isEqualTo(occurrence);
            assertThat(reminder.joinUrl()).isNull();
            assertThat(reminder.dialIn()).isEqualTo("+212 5 22 00 09 09");
            assertThat(reminder.pin()).matches("[0-9]{6}").isEqualTo(jdbc.queryForObject(
                    "SELECT pin FROM meeting_occurrence WHERE id = ?", String.class, occurrence));
        });
    }

    @Test
    void a_reminder_seen_by_a_person_is_not_shown_to_them_again_but_still_to_the_others() {
        long occurrence = book("Briefing", start, MeetingMode.VIDEO);
        job.remind(instant(start).minus(Duration.ofMinutes(4)));

        signIn(testSite.username(Role.AGENT));
        reminders.dismiss(testSite.agent().getId(), occurrence);

        assertThat(reminders.pendingFor(testSite.agent().getId())).isEmpty();
        assertThat(pendingFor(testSite.lead())).hasSize(1);
        assertThat(announcementsToTheAgent()).as("the agent's other pages close the notice").isEqualTo(2);
    }

    @Test
    void a_person_reads_only_their_own_reminders() {
        signIn(testSite.username(Role.AGENT));
        long lead = testSite.lead().getId();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reminders.pendingFor(lead))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reminders.pendingFor(testSite.agent().getId())).isEmpty();
    }
}
