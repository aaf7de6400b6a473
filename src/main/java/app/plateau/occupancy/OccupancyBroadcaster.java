package app.plateau.occupancy;

import app.plateau.base.Broadcaster;
import app.plateau.organisation.FloorClosed;
import app.plateau.organisation.FloorCreated;
import app.plateau.organisation.FloorReopened;
import java.time.Duration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Passes committed changes of a site's occupancy to the boards, entrance displays and feed
 * subscribers of that site, coalesced per site (see {@link Broadcaster}).
 */
@Component
public class OccupancyBroadcaster implements DisposableBean {

    private final Broadcaster<Long> sites;
    private final Broadcaster<Long> people;
    private final Counters counters;

    OccupancyBroadcaster(Counters counters,
            @Value("${plateau.live.window:PT0.25S}") Duration window) {
        this.counters = counters;
        this.sites = new Broadcaster<>("occupancy", window);
        this.people = new Broadcaster<>("occupancy-people", window);
    }

    /** Topic: a site id. */
    public Broadcaster<Long> sites() {
        return sites;
    }

    /** Topic: a person id; the screens that show where that person is listen. */
    public Broadcaster<Long> people() {
        return people;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onStay(StayChanged event) {
        people.publish(event.personId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onChange(OccupancyChanged event) {
        sites.publish(event.siteId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onClosed(FloorClosed event) {
        sites.publish(event.siteId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onReopened(FloorReopened event) {
        sites.publish(event.siteId());
    }

    /** Entrance displays re-read on their site's topic: a revoked one then shows that it is no longer recognised. */
    @TransactionalEventListener(fallbackExecution = true)
    void onDeviceRevoked(DeviceRevoked event) {
        sites.publish(event.siteId());
    }

    /** A new floor gets its counter row in the creating transaction, so it can be checked in to at once. */
    @EventListener
    void onCreated(FloorCreated event) {
        counters.create(event.floorId(), event.siteId());
    }

    @Override
    public void destroy() {
        sites.close();
        people.close();
    }
}
