package app.plateau.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.Signing;
import app.plateau.base.DomainException;
import app.plateau.organisation.Person;
import app.plateau.security.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@Tag("mariadb")
class PhysicalMeetingServiceTest extends SignedInServiceTest {

    static final String FIRST_AID = "Formation premiers secours : manipulation du matériel";

    @Autowired
    PhysicalMeetingService requests;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingFixtures meetingFixtures;

    LocalDate tuesday;
    MeetingRoom atlas;
    String secondLead;
    Person colleague;

    @BeforeEach
    void setUp() {
        ZoneId zone = testSite.site().zoneId();
        tuesday = LocalDate.now(zone).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusDays(1);
        atlas = meetingFixtures.room(testSite, "Salle Atlas", 6);
        secondLead = meetingFixtures.organiser(testSite, "Salma Second");
        colleague = meetingFixtures.member(testSite, "Karim Collègue");
    }

    /** A physical meeting asked for by the signed-in organiser on Tuesday from 10:00 to 12:00. */
    private MeetingDetails ask(String title, Set<Long> people) {
        LocalDateTime start = tuesday.atTime(10, 0);
        return meetings.book(new MeetingDraft(title, null, start, start.plusHours(2), MeetingMode.VIDEO, null,
                people, Set.of(), Recurrence.NONE, null, null, null, true).inRoom(atlas.getId(), FIRST_AID));
    }

    private MeetingDetails askAsLead() {
        signIn(testSite.username(Role.TEAM_LEAD));
        return ask("Formation premiers secours", Set.of(testSite.agent().getId()));
    }

    @Test
    void the_manager_sees_the_request_with_its_room_participants_and_justification() {
        MeetingDetails asked = askAsLead();
        assertThat(asked.state()).isEqualTo(MeetingState.REQUESTED);

        signIn(testSite.username(Role.SITE_MANAGER));
        assertThat(requests.countPending()).isEqualTo(1);
        assertThat(requests.pending(PageRequest.of(0, 10))).singleElement().satisfies(request -> {
            assertThat(request.meetingId()).isEqualTo(asked.id());
            assertThat(request.title()).isEqualTo("Formation premiers secours");
            assertThat(request.organiserName()).isEqualTo(testSite.lead().getFullName());
            assertThat(request.start()).isEqualTo(tuesday.atTime(10, 0));
            assertThat(request.end()).isEqualTo(tuesday.atTime(12, 0));
            assertThat(request.roomName()).isEqualTo("Salle Atlas");
            assertThat(request.roomCap()).isEqualTo(6);
            assertThat(request.participants()).isEqualTo(2);
            assertThat(request.justification()).isEqualTo(FIRST_AID);
        });
    }

    @Test
    void requests_are_listed_oldest_first() {
        askAsLead();
        signIn(secondLead);
        LocalDateTime later = tuesday.atTime(14, 0);
        meetings.book(new MeetingDraft("Atelier gestes", null, later, later.plusHours(1), MeetingMode.VIDEO, null,
                Set.of(colleague.getId()), Set.of(), Recurrence.NONE, null, null, null, true)
                .inRoom(atlas.getId(), "Atelier pratique"));

        signIn(testSite.username(Role.SITE_MANAGER));
        assertThat(requests.pending(PageRequest.of(0, 10))).extracting(MeetingRequest::title)
                .containsExactly("Formation premiers secours", "Atelier gestes");
    }

    @Test
    void approving_schedules_the_meeting_and_the_organiser_sees_who_approved_it() {
        MeetingDetails asked = askAsLead();

        signIn(testSite.username(Role.SITE_MANAGER));
        requests.approve(asked.id());
        assertThat(requests.countPending()).isZero();

        signIn(testSite.username(Role.TEAM_LEAD));
        MeetingDetails seen = meetings.get(asked.id());
        assertThat(seen.state()).isEqualTo(MeetingState.SCHEDULED);
        assertThat(seen.decidedBy()).isEqualTo("SITE_MANAGER " + testSite.username(Role.SITE_MANAGER)
                .replace("-manager", ""));
        assertThat(seen.decidedAt()).isNotNull();
        assertThat(seen.sequence()).isEqualTo(asked.sequence() + 1);
    }

    @Test
    void denying_needs_a_reason_which_the_organiser_then_reads() {
        MeetingDetails asked = askAsLead();

        signIn(testSite.username(Role.SITE_MANAGER));
        assertRefused(() -> requests.deny(asked.id(), "  "), "error.required");
        assertRefused(() -> requests.deny(asked.id(), "x".repeat(Meeting.REASON_MAX + 1)), "error.too-long");
        requests.deny(asked.id(), "Faites-la en visioconférence avec une démonstration filmée");

        signIn(testSite.username(Role.TEAM_LEAD));
        MeetingDetails seen = meetings.get(asked.id());
        assertThat(seen.state()).isEqualTo(MeetingState.DENIED);
        assertThat(seen.denyReason()).isEqualTo("Faites-la en visioconférence avec une démonstration filmée");
    }

    @Test
    void a_second_decision_is_refused_naming_who_decided_first() {
        MeetingDetails asked = askAsLead();
        String other = meetingFixtures.manager(testSite, "Hicham Autre Responsable");

        signIn(testSite.username(Role.SITE_MANAGER));
        requests.approve(asked.id());
        String first = meetings.get(asked.id()).decidedBy();

        signIn(other);
        assertThatThrownBy(() -> requests.deny(asked.id(), "Trop tard")).isInstanceOfSatisfying(
                DomainException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("meeting-request.error.already-approved");
                    assertThat(refused.getArguments()).startsWith("Formation premiers secours", first);
                });
        assertRefused(() -> requests.approve(asked.id()), "meeting-request.error.already-approved");
        signIn(testSite.username(Role.TEAM_LEAD));
        assertThat(meetings.get(asked.id()).state()).isEqualTo(MeetingState.SCHEDULED);
    }

    @Test
    void a_request_withdrawn_by_its_organiser_can_no_longer_be_decided() {
        MeetingDetails asked = askAsLead();
        meetings.cancel(asked.id());

        signIn(testSite.username(Role.SITE_MANAGER));
        assertThat(requests.countPending()).isZero();
        assertRefused(() -> requests.approve(asked.id()), "meeting-request.error.not-pending");
    }

    @Test
    void approval_is_refused_when_another_request_for_the_room_was_approved_meanwhile() {
        MeetingDetails first = askAsLead();
        signIn(secondLead);
        MeetingDetails second = ask("Atelier gestes", Set.of(colleague.getId()));
        assertThat(second.state()).isEqualTo(MeetingState.REQUESTED);

        signIn(testSite.username(Role.SITE_MANAGER));
        requests.approve(first.id());
        assertThatThrownBy(() -> requests.approve(second.id())).isInstanceOfSatisfying(DomainException.class,
                refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("meeting.error.room-taken");
                    assertThat(refused.getArguments()).containsExactly("Salle Atlas", tuesday.atTime(10, 0));
                });
        assertThat(requests.pending(PageRequest.of(0, 10))).extracting(MeetingRequest::meetingId)
                .containsExactly(second.id());

        // Once the room is approved for that time, a new request for it is refused at once.
        signIn(meetingFixtures.organiser(testSite, "Omar Troisième"));
        assertRefused(() -> ask("Encore un atelier", Set.of(colleague.getId())), "meeting.error.room-taken");
    }

    @Test
    void two_managers_approving_overlapping_requests_at_once_leave_one_meeting_in_the_room() throws Exception {
        MeetingDetails first = askAsLead();
        signIn(secondLead);
        MeetingDetails second = ask("Atelier gestes", Set.of(colleague.getId()));
        String other = meetingFixtures.manager(testSite, "Hicham Autre Responsable");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        outcomes.add(pool.submit(() -> decide(testSite.username(Role.SITE_MANAGER), first.id(), start)));
        outcomes.add(pool.submit(() -> decide(other, second.id(), start)));
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes.stream().filter(this::approved).count()).isEqualTo(1);

        signIn(testSite.username(Role.SITE_MANAGER));
        long scheduled = List.of(first.id(), second.id()).stream()
                .filter(id -> meetings.get(id).state() == MeetingState.SCHEDULED).count();
        assertThat(scheduled).isEqualTo(1);
        assertThat(requests.countPending()).isEqualTo(1);
    }

    private boolean decide(String manager, long meetingId, CountDownLatch start) throws InterruptedException {
        signIn(manager);
        start.await();
        try {
            requests.approve(meetingId);
            return true;
        } catch (DomainException refused) {
            assertThat(refused.getMessageKey()).isEqualTo("meeting.error.room-taken");
            return false;
        } finally {
            Signing.signOut();
        }
    }

    private boolean approved(Future<Boolean> outcome) {
        try {
            return outcome.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_manager_of_another_site_neither_sees_nor_decides_the_request() {
        MeetingDetails asked = askAsLead();
        TestSite elsewhere = fixtures.site();

        signIn(elsewhere.username(Role.SITE_MANAGER));
        assertThat(requests.pending(PageRequest.of(0, 10))).isEmpty();
        assertThat(requests.countPending()).isZero();
        assertDenied(() -> requests.approve(asked.id()));
        assertDenied(() -> requests.deny(asked.id(), "Non"));
    }

    @Test
    void only_a_site_manager_decides() {
        MeetingDetails asked = askAsLead();
        assertDenied(() -> requests.approve(asked.id()));
        signIn(testSite.username(Role.ADMIN));
        assertDenied(() -> requests.deny(asked.id(), "Non"));
        signIn(testSite.username(Role.AGENT));
        assertDenied(() -> requests.pending(PageRequest.of(0, 10)));
    }

    @Test
    void a_request_for_more_people_than_the_room_admits_is_refused_when_booked() {
        signIn(testSite.username(Role.TEAM_LEAD));
        Set<Long> many = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            many.add(meetingFixtures.member(testSite, "Agent " + Fixtures.unique("x")).getId());
        }
        assertRefused(() -> ask("Trop nombreux", many), "meeting.error.room-cap");
    }
}
