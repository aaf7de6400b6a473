package app.plateau.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.base.Messages;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Meeting times read day first and on a 24-hour clock in English as in French, as Moroccan sites read them. */
class MeetingTextTest {

    final LocalDate tuesday = LocalDate.of(2026, 12, 8);
    final LocalDateTime start = tuesday.atTime(LocalTime.of(13, 5));

    @Test
    void english_meeting_times_are_day_first_and_on_a_24_hour_clock() {
        MeetingText text = new MeetingText(Messages.ENGLISH);

        assertThat(text.when(start, start.plusMinutes(40), tuesday.minusDays(1))).contains("Tue 8 Dec", "13:05", "13:45")
                .doesNotContain("PM");
        assertThat(text.longDate(tuesday)).isEqualTo("8 December 2026");
    }

    @Test
    void french_meeting_times_read_the_same_way() {
        MeetingText text = new MeetingText(Messages.FRENCH);

        assertThat(text.when(start, start.plusMinutes(40), tuesday.minusDays(1))).contains("mar. 8 déc.", "13:05",
                "13:45");
        assertThat(text.longDate(tuesday)).isEqualTo("8 décembre 2026");
    }
}
