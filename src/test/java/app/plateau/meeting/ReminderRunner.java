package app.plateau.meeting;

import app.plateau.security.CurrentUser;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Runs the reminder job at a chosen instant, as the scheduler would, for tests outside this package. */
@Component
public class ReminderRunner {

    private final ReminderJob job;

    ReminderRunner(ReminderJob job) {
        this.job = job;
    }

    /** The occurrences this run claimed. */
    public List<Long> remindAt(Instant now) {
        return CurrentUser.asSystem(() -> job.remind(now));
    }
}
