package app.plateau.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.base.NotFoundException;
import app.plateau.organisation.Person;
import app.plateau.security.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Booking like a calendar: the organiser sees the chosen day's busy times of everyone invited, and
 * the next time all of them, and a bridge for a phone meeting, are free.
 */
@Tag("mariadb")
class FreeBusyTest extends SignedInServiceTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingFixtures meetingFixtures;

    LocalDate monday;
    Person colleague;
    String otherLead;

    @BeforeEach
    void setUp() {
        monday = LocalDate.now(testSite.site().zoneId()).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        otherLead = meetingFixtures.organiser(testSite, "Omar Other");
        colleague = meetingFixtures.member(testSite, "Chaïma Colleague");
    }

    private void bookAs(String username, MeetingDraft draft) {
        signIn(username);
        meetings.book(draft.confirmed());
    }

    private MeetingDraft video(String title, LocalDateTime start, int minutes, Long... people) {
        return MeetingDraft.video(title, start, start.plusMinutes(minutes), Set.of(people));
    }

    @Test
    void the_organiser_sees_each_attendees_busy_times_that_day_and_no_titles() {
        bookAs(otherLead, video("Entretien annuel", monday.atTime(9, 0), 60, testSite.agent().getId()));
        bookAs(meetingFixtures.organiser(testSite, "Samir Second"), video("Suite", monday.atTime(9, 30), 60,
                testSite.agent().getId()));
        bookAs(otherLead, video("Mardi", monday.plusDays(1).atTime(9, 0), 60, testSite.agent().getId()));
        signIn(testSite.username(Role.TEAM_LEAD));

        FreeBusy day = meetings.freeBusy(monday, Set.of(testSite.agent().getId(), colleague.getId()), Set.of(), null);

        assertThat(day.people()).extracting(FreeBusy.Person::name).containsExactly(testSite.lead().getFullName(),
                "Chaïma Colleague", testSite.agent().getFullName());
        assertThat(day.people().get(0).organiser()).isTrue();
        assertThat(day.people().get(1).busy()).isEmpty();
        // Two overlapping meetings read as one busy time; Tuesday's is not Monday's business.
        assertThat(day.people().get(2).busy()).containsExactly(
                new FreeBusy.Busy(monday.atTime(9, 0), monday.atTime(10, 30)));
        assertThat(day.toString()).doesNotContain("Entretien");
    }

    @Test
    void a_team_is_read_as_its_members_and_the_organisers_own_meetings_count() {
        signIn(testSite.username(Role.TEAM_LEAD));
        meetings.book(video("Point", monday.atTime(14, 0), 30, colleague.getId()));

        FreeBusy day = meetings.freeBusy(monday, Set.of(), Set.of(testSite.team().getId()), null);

        assertThat(day.people()).extracting(FreeBusy.Person::name).contains(testSite.agent().getFullName(),
                "Chaïma Colleague");
        assertThat(day.people().get(0).busy()).containsExactly(
                new FreeBusy.Busy(monday.atTime(14, 0), monday.atTime(14, 30)));
    }

    @Test
    void the_next_free_slot_skips_every_attendees_busy_times() {
        bookAs(otherLead, video("Formation", monday.atTime(9, 0), 60, testSite.agent().getId()));
        bookAs(otherLead, video("Écoutes", monday.atTime(10, 0), 45, colleague.getId()));
        signIn(testSite.username(Role.TEAM_LEAD));

        assertThat(meetings.nextFreeSlot(monday.atTime(9, 0), 30,
                Set.of(testSite.agent().getId(), colleague.getId()), Set.of(), MeetingMode.VIDEO, null))
                .contains(monday.atTime(10, 45));
        assertThat(meetings.nextFreeSlot(monday.atTime(8, 0), 30, Set.of(testSite.agent().getId()), Set.of(),
                MeetingMode.VIDEO, null)).contains(monday.atTime(8, 0));
        // The working day ends at 20:00: a late hour moves to the next morning.
        assertThat(meetings.nextFreeSlot(monday.atTime(19, 45), 30, Set.of(testSite.agent().getId()), Set.of(),
                MeetingMode.VIDEO, null)).contains(monday.plusDays(1).atTime(8, 0));
    }

    @Test
    void a_phone_meeting_is_suggested_only_when_a_bridge_has_lines_for_everyone() {
        meetingFixtures.bridge(testSite, "Pont A", 3);
        Person third = meetingFixtures.member(testSite, "Tarik Third");
        bookAs(otherLead, MeetingDraft.video("Plénière", monday.atTime(9, 0), monday.atTime(10, 0),
                Set.of(third.getId())).withMode(MeetingMode.PHONE));
        signIn(testSite.username(Role.TEAM_LEAD));

        // The lead and two attendees need three lines; the bridge has one free until 10:00.
        assertThat(meetings.nextFreeSlot(monday.atTime(9, 0), 30, Set.of(testSite.agent().getId(),
                colleague.getId()), Set.of(), MeetingMode.PHONE, null)).contains(monday.atTime(10, 0));
        assertThat(meetings.nextFreeSlot(monday.atTime(9, 0), 30, Set.of(testSite.agent().getId(),
                colleague.getId()), Set.of(), MeetingMode.VIDEO, null)).contains(monday.atTime(9, 0));
    }

    @Test
    void free_busy_is_for_organisers_of_the_site_only() {
        TestSite other = fixtures.site();
        signIn(testSite.username(Role.TEAM_LEAD));
        assertThatThrownBy(() -> meetings.freeBusy(monday, Set.of(other.agent().getId()), Set.of(), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.nextFreeSlot(monday.atTime(9, 0), 30, Set.of(), Set.of(other.team().getId()),
                MeetingMode.VIDEO, null)).isInstanceOf(NotFoundException.class);

        signIn(testSite.username(Role.AGENT));
        assertDenied(() -> meetings.freeBusy(monday, Set.of(testSite.lead().getId()), Set.of(), null));
        assertDenied(() -> meetings.nextFreeSlot(monday.atTime(9, 0), 30, Set.of(testSite.lead().getId()), Set.of(),
                MeetingMode.VIDEO, null));
    }
}
