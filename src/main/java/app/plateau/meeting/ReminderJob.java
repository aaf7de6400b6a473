package app.plateau.meeting;

import app.plateau.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds attendees and organisers shortly before each occurrence ({@code plateau.meeting.reminder.lead},
 * five minutes by default). An occurrence is claimed with a conditional update of its
 * {@code reminded_at}, in a transaction of its own: of several nodes (or threads) that find it due,
 * one wins, so it is reminded once. Then every node reads the occurrences claimed by any node and
 * not yet ended, and passes them to its own {@link Reminders}, for the people whose pages it
 * serves; the others learn of a claim at their next tick.
 */
@Component
class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);
    /** No occurrence lasts longer, so none that started earlier is still running. */
    private static final Duration LONGEST = Duration.ofMinutes(Meeting.MAX_MINUTES);

    private final OccurrenceRepository occurrences;
    private final BridgeRepository bridges;
    private final MeetingRoomRepository rooms;
    private final Reminders reminders;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;
    private final Clock clock;
    private final Duration lead;
    private final Object delivering = new Object();

    ReminderJob(OccurrenceRepository occurrences, BridgeRepository bridges, MeetingRoomRepository rooms,
            Reminders reminders, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${plateau.meeting.reminder.lead:PT5M}") Duration lead) {
        if (lead.isNegative() || lead.isZero()) {
            throw new IllegalStateException("plateau.meeting.reminder.lead must be positive: " + lead);
        }
        this.occurrences = occurrences;
        this.bridges = bridges;
        this.rooms = rooms;
        this.reminders = reminders;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
        this.clock = clock;
        this.lead = lead;
    }

    @Scheduled(fixedDelayString = "${plateau.meeting.reminder.tick:PT20S}",
            initialDelayString = "${plateau.meeting.reminder.tick:PT20S}")
    void tick() {
        CurrentUser.asSystem(() -> {
            List<Long> claimed = remind(clock.instant());
            if (!claimed.isEmpty()) {
                LOG.debug("Reminders claimed for meeting occurrences {}", claimed);
            }
        });
    }

    /**
     * Claims the occurrences starting within (now, now + lead] that nobody was reminded of, then
     * delivers what is claimed to this node's reminders. Returns the occurrences this call claimed.
     */
    List<Long> remind(Instant now) {
        Instant until = now.plus(lead);
        List<Long> candidates = reads.execute(status -> occurrences.dueForReminder(now, until));
        List<Long> claimed = new ArrayList<>();
        for (Long id : candidates) {
            Integer won = transactions.execute(status -> occurrences.claimReminder(id, now, until));
            if (won != null && won == 1) {
                claimed.add(id);
            }
        }
        deliver(now, until);
        return claimed;
    }

    /**
     * One delivery at a time on a node, so that an older read never overwrites a newer one. The
     * reminders already held are read again by id, to drop those cancelled or moved since.
     */
    private void deliver(Instant now, Instant until) {
        synchronized (delivering) {
            Set<Long> known = reminders.ids();
            List<Reminders.Due> live = reads.execute(status -> {
                Map<Long, Occurrence> found = new LinkedHashMap<>();
                occurrences.reminded(now.minus(LONGEST), now, until).forEach(o -> found.put(o.getId(), o));
                if (!known.isEmpty()) {
                    occurrences.findWithMeetings(known).stream()
                            .filter(o -> stillReminded(o, now))
                            .forEach(o -> found.putIfAbsent(o.getId(), o));
                }
                return found.values().stream().map(this::due).toList();
            });
            reminders.sync(live, known, now);
        }
    }

    private static boolean stillReminded(Occurrence occurrence, Instant now) {
        return occurrence.getRemindedAt() != null && !occurrence.isCancelled()
                && occurrence.getMeeting().getState() == MeetingState.SCHEDULED && occurrence.getEndsAt().isAfter(now);
    }

    private Reminders.Due due(Occurrence occurrence) {
        Meeting meeting = occurrence.getMeeting();
        Map<Long, String> people = new LinkedHashMap<>();
        people.put(meeting.getOrganiser().getId(), meeting.getOrganiser().getFullName());
        meeting.getAttendees().forEach(a -> people.put(a.getPerson().getId(), a.getPerson().getFullName()));
        String dialIn = occurrence.getBridgeId() == null ? null
                : bridges.findById(occurrence.getBridgeId()).map(Bridge::getDialIn).orElse(null);
        String roomName = occurrence.getRoomId() == null ? null
                : rooms.findById(occurrence.getRoomId()).map(MeetingRoom::getName).orElse(null);
        return new Reminders.Due(occurrence.getId(), meeting.getId(), meeting.getTitle(), meeting.getMode(),
                occurrence.getStartsAt(), occurrence.getEndsAt(), meeting.getOrganiser().getSite().zoneId(),
                meeting.getVideoRoom(), meeting.getExternalUrl(), dialIn, occurrence.getPin(), roomName,
                Collections.unmodifiableMap(people));
    }
}
