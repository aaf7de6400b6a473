package app.plateau.operations;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * How many people have Plateau open: Vaadin sessions (one per browser, signed in or on the login
 * page), and UIs (one per open tab, each holding a push connection). A UI is counted from its
 * creation until it is detached: closed, lost after missed heartbeats, or ended with its session.
 */
@Component
class UiMetrics implements VaadinServiceInitListener {

    static final String SESSIONS = "plateau.ui.sessions";
    static final String TABS = "plateau.ui.tabs";

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger tabs = new AtomicInteger();

    UiMetrics(MeterRegistry registry) {
        Gauge.builder(SESSIONS, sessions, AtomicInteger::get)
                .description("Open Vaadin sessions: browsers with Plateau open, signed in or not")
                .register(registry);
        Gauge.builder(TABS, tabs, AtomicInteger::get)
                .description("Open UIs: browser tabs showing Plateau, each with its push connection")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(init -> {
            tabs.incrementAndGet();
            init.getUI().addDetachListener(detach -> tabs.decrementAndGet());
        });
    }
}
