package app.plateau.meeting;

import app.plateau.base.Broadcaster;
import java.time.Duration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Passes committed meeting changes to the open agendas of the people concerned, and to the site's
 * screens that list requests and figures, coalesced per topic.
 */
@Component
public class MeetingBroadcaster implements DisposableBean {

    private final Broadcaster<Long> people;
    private final Broadcaster<Long> sites;

    MeetingBroadcaster(@Value("${plateau.live.window:PT0.25S}") Duration window) {
        this.people = new Broadcaster<>("meeting-people", window);
        this.sites = new Broadcaster<>("meeting-sites", window);
    }

    /** Topic: a person id; that person's agenda listens. */
    public Broadcaster<Long> people() {
        return people;
    }

    /** Topic: a site id; the physical-meeting requests and the team agendas of the site listen. */
    public Broadcaster<Long> sites() {
        return sites;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onChange(MeetingChanged event) {
        event.personIds().forEach(people::publish);
        event.removedPersonIds().forEach(people::publish);
        sites.publish(event.siteId());
    }

    @Override
    public void destroy() {
        people.close();
        sites.close();
    }
}
