package app.plateau.health;

import app.plateau.base.Broadcaster;
import java.time.Duration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells a team lead's open pages, after commit, that a decision on one of their team's cases awaits them. */
@Component
public class LeadNotices implements DisposableBean {

    private final Broadcaster<Long> changes;

    LeadNotices(@Value("${plateau.live.window:PT0.25S}") Duration window) {
        this.changes = new Broadcaster<>("health-lead-notices", window);
    }

    /** Topic: the lead's person id. */
    public Broadcaster<Long> changes() {
        return changes;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onDecision(CaseDecided event) {
        if (event.leadPersonId() != null) {
            changes.publish(event.leadPersonId());
        }
    }

    @Override
    public void destroy() {
        changes.close();
    }
}
