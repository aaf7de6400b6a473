package app.plateau.hygiene;

import app.plateau.base.Broadcaster;
import java.time.Duration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Passes a site's committed hygiene changes to its open rounds and corrective-action screens. */
@Component
public class HygieneBroadcaster implements DisposableBean {

    private final Broadcaster<Long> sites;

    HygieneBroadcaster(@Value("${plateau.live.window:PT0.25S}") Duration window) {
        this.sites = new Broadcaster<>("hygiene", window);
    }

    /** Topic: a site id. */
    public Broadcaster<Long> sites() {
        return sites;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onChange(HygieneChanged event) {
        sites.publish(event.siteId());
    }

    @Override
    public void destroy() {
        sites.close();
    }
}
