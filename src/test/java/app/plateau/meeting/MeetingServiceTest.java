package app.plateau.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plateau.Fixtures;
import app.plateau.SignedInServiceTest;
import app.plateau.organisation.Person;
import app.plateau.security.AccountService;
import app.plateau.security.AccountService.AccountDraft;
import app.plateau.security.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@Tag("mariadb")
class MeetingServiceTest extends SignedInServiceTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    BridgeRepository bridges;
    @Autowired
    OccurrenceRepository occurrences;

    @Autowired
    AccountService accounts;

    LocalDate monday;
    Person second;
    String secondLead;

    @BeforeEach
    void setUp() {
        ZoneId zone = testSite.site().zoneId();
        monday = LocalDate.now(zone).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        second = fixtures.person(testSite.site(), Fixtures.unique("p"), "Salma Second", testSite.team(),
                testSite.floor1());
        secondLead = Fixtures.unique("lead2-").toLowerCase();
        Fixtures.asSystem(() -> accounts.create(new AccountDraft(secondLead, second.getFullName(),
                testSite.site().getId(), second.getId(), EnumSet.of(Role.TEAM_LEAD)), Fixtures.PASSWORD));
        signIn(testSite.username(Role.TEAM_LEAD));
    }

    private LocalDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute));
    }

    private MeetingDraft briefing(LocalDate day) {
        return MeetingDraft.video("Briefing", at(day, 8, 45), at(day, 9, 0), Set.of(testSite.agent().getId()));
    }

    @Test
    void a_video_meeting_gets_an_unguessable_room_and_shows_in_each_attendees_agenda() {
        MeetingDetails booked = meetings.book(briefing(monday));

        assertThat(booked.state()).isEqualTo(MeetingState.SCHEDULED);
        assertThat(booked.videoRoomUrl()).startsWith("https://meet.jit.si/plateau-").hasSize(
                "https://meet.jit.si/plateau-".length() + 32);
        assertThat(booked.attendees()).extracting(Invitee::name).containsExactly(testSite.agent().getFullName());

        signIn(testSite.username(Role.AGENT));
        ZoneId zone = testSite.site().zoneId();
        List<AgendaEntry> week = meetings.week(monday);
        assertThat(week).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Briefing");
            assertThat(entry.start()).isEqualTo(at(monday, 8, 45));
            assertThat(entry.organiserName()).isEqualTo(testSite.lead().getFullName());
            assertThat(entry.joinUrl()).isEqualTo(booked.videoRoomUrl());
        });
        assertThat(meetings.countAgenda(monday.atStartOfDay(zone).toInstant(),
                monday.plusDays(1).atStartOfDay(zone).toInstant())).isEqualTo(1);
    }

    @Test
    void a_whole_team_is_resolved_to_its_members_when_the_meeting_is_saved() {
        MeetingDetails booked = meetings.book(briefing(monday).withTeams(Set.of(testSite.team().getId())));

        assertThat(booked.attendees()).extracting(Invitee::name)
                .containsExactlyInAnyOrder(testSite.agent().getFullName(), "Salma Second");
        // The agent was named and is in the team: shown once, as a team member.
        assertThat(booked.attendees()).allSatisfy(a -> assertThat(a.teamName()).isEqualTo(testSite.team().getName()));
    }

    @Test
    void a_weekday_briefing_expands_to_one_occurrence_per_working_day() {
        MeetingDetails booked = meetings.book(briefing(monday).withRecurrence(
                Recurrence.weekdays(monday.plusDays(13))));

        List<Occurrence> rows = occurrences.findByMeetingIdOrderByStartsAt(booked.id());
        assertThat(rows).hasSize(10);
        assertThat(rows).extracting(o -> LocalDateTime.ofInstant(o.getStartsAt(), testSite.site().zoneId())
                .getDayOfWeek()).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(booked.recurrence().repeat()).isEqualTo(Recurrence.Repeat.WEEKDAYS);
        assertThat(booked.recurrence().until()).isEqualTo(monday.plusDays(13));
    }

    @Test
    void bad_input_is_refused_with_its_own_message_and_nothing_is_saved() {
        long before = occurrences.count();
        assertRefused(() -> meetings.book(MeetingDraft.video("x", at(monday, 10, 0), at(monday, 9, 0),
                Set.of(testSite.agent().getId()))), "meeting.error.end-before-start");
        assertRefused(() -> meetings.book(MeetingDraft.video("x", LocalDateTime.now().minusDays(2),
                LocalDateTime.now().minusDays(2).plusHours(1), Set.of(testSite.agent().getId()))),
                "meeting.error.in-past");
        assertRefused(() -> meetings.book(MeetingDraft.video("x", at(monday, 9, 0), at(monday, 10, 0), Set.of())),
                "meeting.error.no-attendees");
        assertRefused(() -> meetings.book(MeetingDraft.video("x".repeat(10_000), at(monday, 9, 0), at(monday, 10, 0),
                Set.of(testSite.agent().getId()))), "error.too-long");
        assertRefused(() -> meetings.book(briefing(monday).withExternalUrl("http://zoom.us/j/1")),
                "meeting.error.link-not-https");
        assertThat(occurrences.count()).isEqualTo(before);
    }

    @Test
    void an_attendee_already_busy_is_named_and_the_organiser_confirms_to_book_anyway() {
        meetings.book(briefing(monday));
        // The lead organises the briefing: they cannot be in a second meeting at that time.
        assertRefused(() -> meetings.book(MeetingDraft.video("Point", at(monday, 8, 50), at(monday, 9, 30),
                Set.of(second.getId()))), "meeting.error.organiser-busy");

        signIn(secondLead);
        MeetingDraft overlapping = MeetingDraft.video("Point qualité", at(monday, 8, 50), at(monday, 9, 30),
                Set.of(testSite.agent().getId()));
        assertThatThrownBy(() -> meetings.book(overlapping)).isInstanceOfSatisfying(ConflictsFound.class,
                found -> assertThat(found.getConflicts()).singleElement().satisfies(conflict -> {
                    assertThat(conflict.personName()).isEqualTo(testSite.agent().getFullName());
                    assertThat(conflict.meetingTitle()).isEqualTo("Briefing");
                    assertThat(conflict.start()).isEqualTo(at(monday, 8, 45));
                    assertThat(conflict.end()).isEqualTo(at(monday, 9, 0));
                }));
        assertThat(meetings.conflicts(overlapping, null)).hasSize(1);

        MeetingDetails booked = meetings.book(overlapping.confirmed());
        assertThat(booked.state()).isEqualTo(MeetingState.SCHEDULED);
    }

    @Test
    void a_phone_meeting_gets_a_bridge_and_a_pin_and_a_pin_taken_at_that_time_is_refused() {
        bridges.save(new Bridge(testSite.site().getId(), "Pont A", "+212 5 22 00 00 01", 10));
        MeetingDetails first = meetings.book(briefing(monday).withMode(MeetingMode.PHONE).withPin("4321"));
        assertThat(first.pin()).isEqualTo("4321");
        assertThat(first.dialIn()).isEqualTo("+212 5 22 00 00 01");

        signIn(secondLead);
        MeetingDraft overlapping = MeetingDraft.video("Autre", at(monday, 8, 50), at(monday, 9, 30),
                Set.of(testSite.agent().getId())).withMode(MeetingMode.PHONE).confirmed();
        assertRefused(() -> meetings.book(overlapping.withPin("4321")), "meeting.error.pin-taken");
        MeetingDetails drawn = meetings.book(overlapping);
        assertThat(drawn.pin()).matches("[0-9]{6}").isNotEqualTo("4321");
    }

    @Test
    void when_no_bridge_has_lines_left_the_refusal_names_the_next_free_time() {
        bridges.save(new Bridge(testSite.site().getId(), "Petit pont", "+212 5 22 00 00 02", 2));
        meetings.book(briefing(monday).withMode(MeetingMode.PHONE));

        signIn(secondLead);
        assertRefused(() -> meetings.book(MeetingDraft.video("Autre", at(monday, 8, 30), at(monday, 9, 0),
                Set.of(testSite.agent().getId())).withMode(MeetingMode.PHONE).confirmed()),
                "meeting.error.no-bridge-free-until");
        try {
            meetings.book(MeetingDraft.video("Autre", at(monday, 8, 30), at(monday, 9, 0),
                    Set.of(testSite.agent().getId())).withMode(MeetingMode.PHONE).confirmed());
        } catch (app.plateau.base.DomainException refused) {
            assertThat(refused.getArguments()).containsExactly(at(monday, 9, 0));
        }
    }

    @Test
    void changing_the_attendees_reaches_the_calendars_with_a_new_sequence_and_drops_the_removed() {
        MeetingDetails booked = meetings.book(briefing(monday));
        MeetingDraft changed = booked.toDraft().withTeams(Set.of());
        changed = new MeetingDraft(changed.title(), "Chiffres de la veille", changed.start(), changed.end(),
                changed.mode(), null, Set.of(second.getId()), Set.of(), changed.recurrence(), null, null, null, false);

        MeetingDetails updated = meetings.update(booked.id(), changed);

        assertThat(updated.sequence()).isEqualTo(booked.sequence() + 1);
        assertThat(updated.agenda()).isEqualTo("Chiffres de la veille");
        assertThat(updated.attendees()).extracting(Invitee::name).containsExactly("Salma Second");
        signIn(testSite.username(Role.AGENT));
        assertThat(meetings.week(monday)).isEmpty();
    }

    @Test
    void a_phone_series_moved_to_another_time_keeps_its_bridge_and_pin_when_they_still_fit() {
        bridges.save(new Bridge(testSite.site().getId(), "Pont A", "+212 5 22 00 00 01", 10));
        MeetingDetails booked = meetings.book(briefing(monday).withMode(MeetingMode.PHONE)
                .withRecurrence(Recurrence.weekdays(monday.plusDays(4))));
        MeetingDraft later = booked.toDraft();
        later = new MeetingDraft(later.title(), null, at(monday, 10, 0), at(monday, 10, 30), MeetingMode.PHONE, null,
                later.personIds(), later.teamIds(), later.recurrence(), null, null, null, false);

        MeetingDetails moved = meetings.update(booked.id(), later);

        assertThat(moved.pin()).isEqualTo(booked.pin());
        assertThat(moved.dialIn()).isEqualTo(booked.dialIn());
        assertThat(occurrences.findByMeetingIdOrderByStartsAt(booked.id())).hasSize(5).allSatisfy(o -> {
            assertThat(LocalDateTime.ofInstant(o.getStartsAt(), testSite.site().zoneId()).toLocalTime())
                    .isEqualTo(LocalTime.of(10, 0));
            assertThat(o.getPin()).isEqualTo(booked.pin());
        });
    }

    @Test
    void one_occurrence_is_moved_or_cancelled_and_the_rest_of_the_series_stays() {
        MeetingDetails booked = meetings.book(briefing(monday).withRecurrence(
                new Recurrence(Recurrence.Repeat.DAILY, Set.of(), null, 3)));
        List<AgendaEntry> week = meetings.week(monday);
        assertThat(week).hasSize(3);

        AgendaEntry moved = meetings.moveOccurrence(week.get(1).occurrenceId(), at(monday.plusDays(1), 11, 0),
                at(monday.plusDays(1), 11, 30), false);
        meetings.cancelOccurrence(week.get(2).occurrenceId());

        assertThat(moved.modified()).isTrue();
        assertThat(meetings.week(monday)).extracting(AgendaEntry::start)
                .containsExactly(at(monday, 8, 45), at(monday.plusDays(1), 11, 0));
        assertRefused(() -> meetings.cancelOccurrence(week.get(2).occurrenceId()),
                "meeting.error.occurrence-cancelled");

        meetings.cancel(booked.id());
        assertThat(meetings.week(monday)).isEmpty();
        assertThat(meetings.get(booked.id()).state()).isEqualTo(MeetingState.CANCELLED);
    }

    @Test
    void only_the_organiser_or_a_site_manager_changes_a_meeting_and_no_one_reads_another_sites() {
        MeetingDetails booked = meetings.book(briefing(monday));
        signIn(testSite.username(Role.AGENT));
        assertDenied(() -> meetings.cancel(booked.id()));
        signIn(secondLead);
        assertThatThrownBy(() -> meetings.cancel(booked.id())).isInstanceOf(
                org.springframework.security.access.AccessDeniedException.class);
        signIn(testSite.username(Role.SITE_MANAGER));
        assertThat(meetings.get(booked.id()).mayEdit()).isTrue();

        var other = fixtures.site();
        signIn(other.username(Role.SITE_MANAGER));
        assertThatThrownBy(() -> meetings.get(booked.id())).isInstanceOf(app.plateau.base.NotFoundException.class);
        assertThatThrownBy(() -> meetings.cancel(booked.id())).isInstanceOf(app.plateau.base.NotFoundException.class);
    }
}
