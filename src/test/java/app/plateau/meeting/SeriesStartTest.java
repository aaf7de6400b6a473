package app.plateau.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plateau.SignedInServiceTest;
import app.plateau.base.DomainException;
import app.plateau.base.Messages;
import app.plateau.security.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A weekly series lands on the days it repeats on, starting with the day asked for: a Tuesday
 * meeting repeating on Sundays was once saved on the Sundays only. Checked on every day of the week
 * and across Morocco's clock changes, whose dates move each year with Ramadan.
 */
@Tag("mariadb")
class SeriesStartTest extends SignedInServiceTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    @Autowired
    MeetingService meetings;
    @Autowired
    OccurrenceRepository occurrences;

    ZoneId zone;
    LocalDate monday;

    @BeforeEach
    void setUp() {
        zone = testSite.site().zoneId();
        monday = LocalDate.now(zone).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        signIn(testSite.username(Role.TEAM_LEAD));
    }

    private MeetingDraft weekly(LocalDate first, Set<DayOfWeek> days, int count) {
        return MeetingDraft.video("Point hebdo", first.atTime(9, 0), first.atTime(9, 30),
                Set.of(testSite.agent().getId())).withRecurrence(new Recurrence(Recurrence.Repeat.WEEKLY, days, null,
                count));
    }

    private List<LocalDateTime> starts(MeetingDetails booked) {
        return occurrences.findByMeetingIdOrderByStartsAt(booked.id()).stream()
                .map(o -> LocalDateTime.ofInstant(o.getStartsAt(), zone)).toList();
    }

    @ParameterizedTest
    @EnumSource(DayOfWeek.class)
    void a_weekly_series_starts_on_the_day_asked_for_and_keeps_that_day(DayOfWeek day) {
        LocalDate first = monday.with(TemporalAdjusters.nextOrSame(day));

        MeetingDetails booked = meetings.book(weekly(first, Set.of(day), 3));

        assertThat(starts(booked)).containsExactly(first.atTime(9, 0), first.plusWeeks(1).atTime(9, 0),
                first.plusWeeks(2).atTime(9, 0));
    }

    @ParameterizedTest
    @EnumSource(DayOfWeek.class)
    void a_series_asked_to_start_on_a_day_it_does_not_repeat_on_is_refused_naming_both(DayOfWeek day) {
        LocalDate first = monday.with(TemporalAdjusters.nextOrSame(day));
        DayOfWeek other = day.plus(5);
        long before = occurrences.count();

        assertThatThrownBy(() -> meetings.book(weekly(first, Set.of(other), 3)))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("meeting.error.start-not-on-days");
                    assertThat(Messages.get(Messages.FRENCH, refused)).startsWith("Le " + String.format("%02d/%02d/%d",
                            first.getDayOfMonth(), first.getMonthValue(), first.getYear()) + " est un "
                            + day.getDisplayName(java.time.format.TextStyle.FULL, Messages.FRENCH))
                            .contains("(" + other.getDisplayName(java.time.format.TextStyle.FULL, Messages.FRENCH)
                                    + ")");
                });
        assertThat(occurrences.count()).isEqualTo(before);
    }

    @Test
    void a_weekday_series_does_not_start_on_a_weekend() {
        LocalDate saturday = monday.plusDays(5);

        assertRefused(() -> meetings.book(weekly(saturday, Set.of(), 1)
                .withRecurrence(Recurrence.weekdays(saturday.plusWeeks(2)))), "meeting.error.start-not-on-days");
        assertThat(starts(meetings.book(weekly(monday, Set.of(), 1)
                .withRecurrence(Recurrence.weekdays(monday.plusDays(4)))))).hasSize(5);
    }

    /**
     * Morocco's next two clock changes (the 2027 Ramadan switch when this was written) at least a
     * week ahead, read from the JDK's zone rules rather than written down here.
     */
    private static List<ZoneOffsetTransition> nextClockChanges(LocalDate after) {
        ZoneRules rules = CASABLANCA.getRules();
        List<ZoneOffsetTransition> found = new ArrayList<>();
        ZoneOffsetTransition next = rules.nextTransition(after.plusWeeks(1).atStartOfDay(CASABLANCA).toInstant());
        while (next != null && found.size() < 2) {
            found.add(next);
            next = rules.nextTransition(next.getInstant());
        }
        return found;
    }

    @Test
    void weekly_series_across_moroccos_clock_changes_keep_their_day_and_local_time() {
        assertThat(zone).isEqualTo(CASABLANCA);
        List<ZoneOffsetTransition> changes = nextClockChanges(LocalDate.now(zone));
        assertThat(changes).as("Morocco leaves and returns to summer time around Ramadan").hasSize(2);
        assertThat(changes.get(0).getOffsetAfter()).isNotEqualTo(changes.get(1).getOffsetAfter());
        int hour = 0;
        for (ZoneOffsetTransition change : changes) {
            LocalDate switchDay = change.getDateTimeBefore().toLocalDate();
            // The switch happens on a Sunday night: one series on that day, one on the day after.
            for (LocalDate day : List.of(switchDay, switchDay.plusDays(1))) {
                LocalDate first = day.minusWeeks(1);
                LocalDateTime at = first.atTime(8 + hour++, 0);
                MeetingDetails booked = meetings.book(MeetingDraft.video("Point hebdo", at, at.plusMinutes(30),
                        Set.of(testSite.agent().getId())).withRecurrence(new Recurrence(Recurrence.Repeat.WEEKLY,
                        Set.of(day.getDayOfWeek()), null, 3)));
                assertThat(starts(booked)).as("weekly on %s across %s", day.getDayOfWeek(), change)
                        .containsExactly(at, at.plusWeeks(1), at.plusWeeks(2));

                assertRefused(() -> meetings.book(MeetingDraft.video("Point hebdo", at.plusDays(1),
                        at.plusDays(1).plusMinutes(30), Set.of(testSite.agent().getId()))
                        .withRecurrence(new Recurrence(Recurrence.Repeat.WEEKLY, Set.of(day.getDayOfWeek()), null,
                                3))), "meeting.error.start-not-on-days");
            }
        }
    }
}
