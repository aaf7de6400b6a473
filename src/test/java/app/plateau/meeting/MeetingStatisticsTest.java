package app.plateau.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.security.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@Tag("mariadb")
class MeetingStatisticsTest extends SignedInServiceTest {

    @Autowired
    MeetingStatistics statistics;
    @Autowired
    MeetingService meetings;
    @Autowired
    PhysicalMeetingService requests;
    @Autowired
    MeetingFixtures meetingFixtures;

    LocalDate monday;
    MeetingRoom atlas;

    @BeforeEach
    void setUp() {
        monday = LocalDate.now(testSite.site().zoneId()).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        meetingFixtures.bridge(testSite, "Pont A", 30);
        atlas = meetingFixtures.room(testSite, "Salle Atlas", 6);
    }

    /** The lead books a meeting with the agent on a day of next week, at an hour of its own. */
    private MeetingDetails book(MeetingMode mode, int day, int hour) {
        LocalDateTime start = monday.plusDays(day).atTime(hour, 0);
        MeetingDraft draft = new MeetingDraft("Réunion " + mode + " " + day + "/" + hour, null, start,
                start.plusMinutes(30), mode == MeetingMode.PHYSICAL ? MeetingMode.VIDEO : mode, null,
                Set.of(testSite.agent().getId()), Set.of(), Recurrence.NONE, null, null, null, true);
        return meetings.book(mode == MeetingMode.PHYSICAL ? draft.inRoom(atlas.getId(), "Formation") : draft);
    }

    @Test
    void a_week_counts_video_and_phone_as_remote_and_approved_physical_meetings_as_held_in_a_room() {
        signIn(testSite.username(Role.TEAM_LEAD));
        book(MeetingMode.VIDEO, 0, 9);
        book(MeetingMode.VIDEO, 1, 9);
        book(MeetingMode.VIDEO, 2, 9);
        book(MeetingMode.PHONE, 3, 9);
        MeetingDetails approved = book(MeetingMode.PHYSICAL, 0, 14);
        MeetingDetails denied = book(MeetingMode.PHYSICAL, 1, 14);
        MeetingDetails cancelled = book(MeetingMode.VIDEO, 4, 9);
        book(MeetingMode.PHYSICAL, 2, 14);
        meetings.cancel(cancelled.id());
        signIn(testSite.username(Role.SITE_MANAGER));
        requests.approve(approved.id());
        requests.deny(denied.id(), "En visioconférence, s’il vous plaît");

        List<WeekShare> weeks = statistics.weeklyShare(testSite.site().getId(), monday, 2);

        assertThat(weeks).hasSize(2);
        WeekShare next = weeks.get(0);
        assertThat(next.monday()).isEqualTo(monday);
        assertThat(next.virtual()).isEqualTo(4);
        assertThat(next.physical()).isEqualTo(1);
        assertThat(next.sharePercent()).isEqualTo(80);
        assertThat(weeks.get(1)).isEqualTo(new WeekShare(monday.plusWeeks(1), 0, 0));
        assertThat(weeks.get(1).sharePercent()).isNull();
    }

    @Test
    void each_occurrence_of_a_series_counts_in_the_week_it_starts_in_and_a_cancelled_one_does_not() {
        signIn(testSite.username(Role.TEAM_LEAD));
        LocalDateTime start = monday.atTime(8, 45);
        MeetingDetails briefing = meetings.book(MeetingDraft.video("Briefing", start, start.plusMinutes(15),
                Set.of(testSite.agent().getId())).withRecurrence(Recurrence.weekdays(monday.plusDays(11))));
        AgendaEntry tuesday = meetings.week(monday).stream()
                .filter(entry -> entry.meetingId() == briefing.id())
                .filter(entry -> entry.start().getDayOfWeek() == DayOfWeek.TUESDAY)
                .findFirst().orElseThrow();
        meetings.cancelOccurrence(tuesday.occurrenceId());

        signIn(testSite.username(Role.AUDITOR));
        assertThat(statistics.weeklyShare(testSite.site().getId(), monday.plusDays(3), 2))
                .extracting(WeekShare::monday, WeekShare::virtual, WeekShare::physical)
                .containsExactly(tuple(monday, 4L, 0L),
                        tuple(monday.plusWeeks(1), 5L, 0L));
    }

    @Test
    void weeks_begin_on_monday_at_midnight_on_the_sites_clock() {
        LocalDate past = monday.minusWeeks(3);
        meetingFixtures.held(testSite, MeetingMode.VIDEO, MeetingState.SCHEDULED, past.minusDays(1).atTime(23, 30),
                20);
        meetingFixtures.held(testSite, MeetingMode.PHONE, MeetingState.SCHEDULED, past.atTime(0, 10), 20);
        meetingFixtures.held(testSite, MeetingMode.PHYSICAL, MeetingState.SCHEDULED, past.plusDays(6).atTime(23, 50),
                5);
        meetingFixtures.held(testSite, MeetingMode.PHYSICAL, MeetingState.REQUESTED, past.plusDays(2).atTime(10, 0),
                60);

        signIn(testSite.username(Role.SITE_MANAGER));
        assertThat(statistics.weeklyShare(testSite.site().getId(), past.minusWeeks(1), 3))
                .extracting(WeekShare::virtual, WeekShare::physical, WeekShare::sharePercent)
                .containsExactly(tuple(1L, 0L, 100),
                        tuple(1L, 1L, 50),
                        tuple(0L, 0L, null));
    }

    @Test
    void figures_are_for_the_sites_own_staff_and_auditors_only() {
        signIn(testSite.username(Role.AGENT));
        assertDenied(() -> statistics.weeklyShare(testSite.site().getId(), monday, 1));
        signIn(testSite.username(Role.TEAM_LEAD));
        assertDenied(() -> statistics.weeklyShare(testSite.site().getId(), monday, 1));
        TestSite elsewhere = fixtures.site();
        signIn(elsewhere.username(Role.AUDITOR));
        assertDenied(() -> statistics.weeklyShare(testSite.site().getId(), monday, 1));
        signIn(testSite.username(Role.ADMIN));
        assertThat(statistics.weeklyShare(testSite.site().getId(), monday, 1)).hasSize(1);
        assertRefused(() -> statistics.weeklyShare(testSite.site().getId(), monday, 0), "error.range");
    }
}
