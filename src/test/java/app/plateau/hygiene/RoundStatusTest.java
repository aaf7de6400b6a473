package app.plateau.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RoundStatusTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant NEXT = Instant.parse("2026-03-02T14:00:00Z");
    private static final Duration GRACE = Duration.ofMinutes(30);

    private static RoundStatus open(Instant now) {
        return RoundStatus.of(AT, NEXT, null, GRACE, now);
    }

    private static RoundStatus doneAt(Instant completed) {
        return RoundStatus.of(AT, NEXT, completed, GRACE, NEXT.plusSeconds(3600));
    }

    @Test
    void a_round_is_upcoming_until_its_time_then_due_until_the_grace_period_ends() {
        assertThat(open(AT.minusSeconds(1))).isEqualTo(RoundStatus.UPCOMING);
        assertThat(open(AT)).isEqualTo(RoundStatus.DUE);
        assertThat(open(AT.plus(GRACE))).isEqualTo(RoundStatus.DUE);
        assertThat(open(AT.plus(GRACE).plusNanos(1))).isEqualTo(RoundStatus.OVERDUE);
    }

    @Test
    void a_round_not_done_when_the_next_one_comes_is_missed() {
        assertThat(open(NEXT.minusNanos(1))).isEqualTo(RoundStatus.OVERDUE);
        assertThat(open(NEXT)).isEqualTo(RoundStatus.MISSED);
    }

    @Test
    void a_round_done_by_the_end_of_the_grace_period_is_on_time_and_after_it_late() {
        assertThat(doneAt(AT.minusSeconds(60))).isEqualTo(RoundStatus.DONE_ON_TIME);
        assertThat(doneAt(AT.plus(GRACE))).isEqualTo(RoundStatus.DONE_ON_TIME);
        assertThat(doneAt(AT.plus(GRACE).plusSeconds(1))).isEqualTo(RoundStatus.DONE_LATE);
        assertThat(doneAt(NEXT.minusSeconds(1))).isEqualTo(RoundStatus.DONE_LATE);
    }
}
