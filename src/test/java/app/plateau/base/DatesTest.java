package app.plateau.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final LocalDateTime AFTERNOON = LocalDateTime.of(2026, 11, 7, 13, 41);

    @Test
    void english_readers_get_the_day_first_and_a_24_hour_clock_as_in_morocco() {
        assertThat(Dates.time(Messages.ENGLISH, AFTERNOON.toLocalTime())).isEqualTo("13:41");
        assertThat(Dates.date(Messages.ENGLISH, AFTERNOON.toLocalDate())).isEqualTo("07/11/2026");
        assertThat(Dates.dateTime(Messages.ENGLISH, AFTERNOON)).isEqualTo("07/11/2026 13:41");
        assertThat(Dates.longDate(Messages.ENGLISH, LocalDate.of(2026, 12, 8)))
                .isEqualTo("Tuesday 8 December 2026");
    }

    @Test
    void french_readers_get_french_day_and_month_names() {
        assertThat(Dates.longDate(Messages.FRENCH, LocalDate.of(2026, 12, 8))).isEqualTo("mardi 8 décembre 2026");
        assertThat(Dates.time(Messages.FRENCH, LocalTime.of(9, 5))).isEqualTo("09:05");
    }

    @Test
    void message_arguments_that_are_dates_and_times_use_the_same_patterns() {
        assertThat(Messages.get(Messages.ENGLISH, "error.required", AFTERNOON))
                .isEqualTo("“07/11/2026 13:41” is required.");
        assertThat(Messages.get(Messages.ENGLISH, "error.required", AFTERNOON.toLocalTime()))
                .isEqualTo("“13:41” is required.");
    }
}
