package app.plateau.meeting;

import app.plateau.base.Broadcaster;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The reminders due on this node, kept in memory until their occurrence ends: which occurrences
 * were claimed for a reminder (by {@link ReminderJob}, on any node), and who among their
 * participants has already seen one. A person's open pages listen on {@link #changes()} (topic: the
 * person id) and show {@link #pendingFor} as notices.
 *
 * <p>A notice goes to every page the person has open at that moment; once one of them closes it
 * (the person closed it, followed the join link, or it timed out), {@link #dismiss} takes it off
 * their list, so the other pages close theirs and a page opened later does not show it again. This
 * state is per node and lost on restart, which at worst shows a reminder a second time.
 */
@Component
public class Reminders implements DisposableBean {

    /** One claimed occurrence and everything its reminder shows, read from the database by the job. */
    record Due(long occurrenceId, long meetingId, String title, MeetingMode mode, Instant startsAt, Instant endsAt,
            ZoneId zone, String videoRoom, String externalUrl, String dialIn, String pin, String roomName,
            Map<Long, String> people) {

        Reminder reminderFor(long personId, VideoLinks video) {
            String joinUrl = null;
            if (mode == MeetingMode.VIDEO) {
                joinUrl = externalUrl != null ? externalUrl : video.joinUrl(videoRoom, personId, people.get(personId),
                        null, startsAt, endsAt);
            }
            return new Reminder(occurrenceId, meetingId, title, mode, LocalDateTime.ofInstant(startsAt, zone),
                    LocalDateTime.ofInstant(endsAt, zone), startsAt, joinUrl, dialIn, pin, roomName);
        }
    }

    private final Broadcaster<Long> changes;
    private final VideoLinks video;
    private final Clock clock;
    private final Map<Long, Due> due = new HashMap<>();
    /** By occurrence id: the people who have seen its reminder. */
    private final Map<Long, Set<Long>> dismissed = new HashMap<>();

    Reminders(VideoLinks video, Clock clock, @Value("${plateau.live.window:PT0.25S}") Duration window) {
        this.video = video;
        this.clock = clock;
        this.changes = new Broadcaster<>("meeting-reminders", window);
    }

    /** Topic: a person id, published when that person's reminders change. */
    public Broadcaster<Long> changes() {
        return changes;
    }

    /** The person's reminders not yet seen, for meetings not yet ended, soonest first. Only for that person. */
    public List<Reminder> pendingFor(long personId) {
        checkCaller(personId);
        Instant now = clock.instant();
        List<Due> mine;
        synchronized (this) {
            mine = due.values().stream()
                    .filter(d -> d.endsAt().isAfter(now) && d.people().containsKey(personId)
                            && !dismissed.getOrDefault(d.occurrenceId(), Set.of()).contains(personId))
                    .toList();
        }
        return mine.stream().sorted(Comparator.comparing(Due::startsAt).thenComparing(Due::occurrenceId))
                .map(d -> d.reminderFor(personId, video)).toList();
    }

    /** The person has seen this reminder: their other pages close it, and it is not shown to them again. */
    public void dismiss(long personId, long occurrenceId) {
        checkCaller(personId);
        boolean changed;
        synchronized (this) {
            changed = due.containsKey(occurrenceId)
                    && dismissed.computeIfAbsent(occurrenceId, id -> new HashSet<>()).add(personId);
        }
        if (changed) {
            changes.publish(personId);
        }
    }

    synchronized Set<Long> ids() {
        return Set.copyOf(due.keySet());
    }

    /**
     * Brings the reminders in line with what the job read: {@code live} are claimed occurrences as
     * they are now; those of {@code checked} not among them (cancelled, moved and re-armed) are
     * dropped, and so is every occurrence ended by {@code now}. Everyone whose reminders changed is
     * told. Returns how many reminders are new or changed.
     */
    int sync(Collection<Due> live, Collection<Long> checked, Instant now) {
        Set<Long> told = new HashSet<>();
        int announced = 0;
        synchronized (this) {
            Set<Long> liveIds = new HashSet<>();
            live.forEach(d -> liveIds.add(d.occurrenceId()));
            for (Long id : checked) {
                if (!liveIds.contains(id)) {
                    drop(id, told);
                }
            }
            for (Due next : live) {
                Due before = due.put(next.occurrenceId(), next);
                if (next.equals(before)) {
                    continue;
                }
                announced++;
                told.addAll(next.people().keySet());
                if (before != null) {
                    told.addAll(before.people().keySet());
                    if (!before.startsAt().equals(next.startsAt())) {
                        // A new time is worth a new notice.
                        dismissed.remove(next.occurrenceId());
                    }
                }
            }
            due.values().stream().filter(d -> !d.endsAt().isAfter(now)).map(Due::occurrenceId).toList()
                    .forEach(id -> drop(id, told));
        }
        told.forEach(changes::publish);
        return announced;
    }

    private void drop(long occurrenceId, Set<Long> told) {
        Due gone = due.remove(occurrenceId);
        dismissed.remove(occurrenceId);
        if (gone != null) {
            told.addAll(gone.people().keySet());
        }
    }

    /** Join links carry personal tokens: a person reads their own reminders, the system anyone's. */
    private static void checkCaller(long personId) {
        PlateauUser user = CurrentUser.get();
        if (!Long.valueOf(personId).equals(user.personId()) && !user.isGlobalAdmin()) {
            throw new AccessDeniedException("the reminders of person " + personId + " are not the caller's");
        }
    }

    @Override
    public void destroy() {
        changes.close();
    }
}
