package app.plateau.transfer;

import app.plateau.base.Broadcaster;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Passes committed request changes to the open inboxes of the site and to the screens of the
 * person concerned, coalesced per topic.
 */
@Component
public class TransferBroadcaster implements DisposableBean {

    private final Broadcaster<Long> sites;
    private final Broadcaster<Long> people;
    /** One small record per person who ever had a request since start: bounded by the site's staff. */
    private final Map<Long, TransferChanged> lastChanges = new ConcurrentHashMap<>();

    TransferBroadcaster(@Value("${plateau.live.window:PT0.25S}") Duration window) {
        this.sites = new Broadcaster<>("transfer-sites", window);
        this.people = new Broadcaster<>("transfer-people", window);
    }

    /** Topic: a site id; its inboxes listen. */
    public Broadcaster<Long> sites() {
        return sites;
    }

    /** Topic: a person id; the screens showing that person's moves listen. */
    public Broadcaster<Long> people() {
        return people;
    }

    /**
     * The last committed change of a person's request, so that their screen can show a decision
     * before it re-reads the request: the answer then reaches them about as fast as a bare push.
     */
    public Optional<TransferChanged> lastChangeOf(long personId) {
        return Optional.ofNullable(lastChanges.get(personId));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onChange(TransferChanged event) {
        lastChanges.merge(event.personId(), event, (old, fresh) -> fresh.at().isBefore(old.at()) ? old : fresh);
        people.publish(event.personId());
        sites.publish(event.siteId());
    }

    @Override
    public void destroy() {
        sites.close();
        people.close();
    }
}
