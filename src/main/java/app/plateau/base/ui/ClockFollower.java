package app.plateau.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Redraws a screen when what it shows changes by itself as time passes, with nothing pushed: a
 * meeting's join link that opens, a meeting that ends. The screen notes each such moment as it
 * draws. While one is ahead and the screen is attached, the browser polls, at most a minute apart and
 * right at the moment once it is nearer than that; the first poll at or after the moment runs the
 * refresh, which notes the next one. With nothing ahead the page does not poll at all, so a start
 * page left open all day costs nothing between its meetings.
 * <p>
 * The browser polls, as My meetings always did, rather than a task per open page on a server timer
 * pushing: the server keeps nothing for a page, and a page whose browser went away simply stops asking.
 */
public final class ClockFollower implements Serializable {

    /** The longest wait between polls: a throttled background tab or a laptop's sleep delays no more. */
    static final int LONGEST_MILLIS = 60_000;
    /** The shortest: a poll that came a little early asks again soon, not in a loop. */
    static final int SHORTEST_MILLIS = 1_000;

    private final transient Clock clock;
    private final SerializableRunnable refresh;
    /** The earliest moment noted that has not come yet; {@code null} when none. */
    private Instant due;
    private UI ui;
    /**
     * The poll interval this set last. Another one found on the UI was set meanwhile by someone else
     * (the database outage notice polls faster until it is back, then puts this one back): left alone.
     */
    private int applied = -1;

    private ClockFollower(Clock clock, SerializableRunnable refresh) {
        this.clock = clock;
        this.refresh = refresh;
    }

    /** Follows the clock for the component while it is attached; its refresh notes the moments. */
    public static ClockFollower follow(Component component, Clock clock, SerializableRunnable refresh) {
        ClockFollower follower = new ClockFollower(clock, refresh);
        component.addAttachListener(attach -> {
            follower.ui = attach.getUI();
            Registration poll = follower.ui.addPollListener(event -> follower.polled());
            follower.schedule();
            component.addDetachListener(detach -> {
                poll.remove();
                follower.stop();
                detach.unregisterListener();
            });
        });
        return follower;
    }

    /**
     * A moment at which what the screen shows changes by itself. Only the earliest still ahead is
     * kept: when it comes, the refresh notes the next. A moment that no longer matters (a meeting
     * cancelled meanwhile) costs one refresh that changes nothing.
     */
    public void note(Instant moment) {
        if (moment.isAfter(clock.instant()) && (due == null || moment.isBefore(due))) {
            due = moment;
            schedule();
        }
    }

    private void polled() {
        Instant moment = due;
        if (moment != null && !clock.instant().isBefore(moment)) {
            due = null;
            refresh.run();
        }
        schedule();
    }

    private void schedule() {
        if (ui == null || ui.getPollInterval() != applied) {
            return;
        }
        int wanted = wanted();
        if (wanted != applied) {
            ui.setPollInterval(wanted);
            applied = wanted;
        }
    }

    private int wanted() {
        Instant moment = due;
        if (moment == null) {
            return -1;
        }
        long millis = Duration.between(clock.instant(), moment).toMillis();
        return (int) Math.min(LONGEST_MILLIS, Math.max(SHORTEST_MILLIS, millis));
    }

    private void stop() {
        if (applied > 0 && ui.getPollInterval() == applied) {
            ui.setPollInterval(-1);
        }
        applied = -1;
        ui = null;
    }
}
