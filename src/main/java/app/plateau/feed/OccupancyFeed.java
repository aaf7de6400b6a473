package app.plateau.feed;

import app.plateau.feed.FeedMessages.OccupancyMessage;
import app.plateau.occupancy.FloorLoad;
import app.plateau.occupancy.OccupancyBroadcaster;
import app.plateau.occupancy.PresenceService;
import app.plateau.security.CurrentUser;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.stereotype.Component;

/**
 * Sends a site's floor loads on {@code /topic/sites/{id}/occupancy} whenever the occupancy
 * broadcaster reports a change there (already coalesced to a few per second). The loads are read
 * on a thread of the feed's own, as the system: never on the thread that committed the change,
 * which may be a signed-in user's whose security context must stay theirs.
 */
@Component
class OccupancyFeed implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(OccupancyFeed.class);

    private final PresenceService presence;
    private final SimpMessagingTemplate template;
    private final SimpUserRegistry users;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "feed-occupancy");
        thread.setDaemon(true);
        return thread;
    });
    /** Sites whose read is queued: a change arriving meanwhile is covered by that read. */
    private final Set<Long> due = ConcurrentHashMap.newKeySet();
    private final Registration registration;

    OccupancyFeed(OccupancyBroadcaster broadcaster, PresenceService presence, SimpMessagingTemplate template,
            SimpUserRegistry users, Clock clock) {
        this.presence = presence;
        this.template = template;
        this.users = users;
        this.clock = clock;
        this.registration = broadcaster.sites().registerAll(this::changed);
    }

    private void changed(Long siteId) {
        if (due.add(siteId)) {
            worker.execute(() -> {
                due.remove(siteId);
                send(siteId);
            });
        }
    }

    private void send(long siteId) {
        String destination = Topics.occupancy(siteId);
        if (users.findSubscriptions(subscription -> destination.equals(subscription.getDestination())).isEmpty()) {
            return;
        }
        try {
            List<FloorLoad> loads = CurrentUser.asSystem(() -> presence.loads(siteId));
            template.convertAndSend(destination, OccupancyMessage.of(siteId, clock.instant(), loads));
        } catch (RuntimeException e) {
            LOG.warn("Occupancy of site {} not sent to the feed", siteId, e);
        }
    }

    @Override
    public void destroy() {
        registration.remove();
        worker.shutdownNow();
    }
}
