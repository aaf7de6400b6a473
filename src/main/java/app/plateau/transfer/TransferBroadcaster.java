package app.plateau.transfer;

import app.plateau.base.Broadcaster;
import java.time.Duration;
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

    @TransactionalEventListener(fallbackExecution = true)
    void onChange(TransferChanged event) {
        people.publish(event.personId());
        sites.publish(event.siteId());
    }

    @Override
    public void destroy() {
        sites.close();
        people.close();
    }
}
