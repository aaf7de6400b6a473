package app.plateau.base.ui;

import app.plateau.base.Broadcaster;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Keeps a component live: while it is attached, a change of its topic re-runs its refresh through push. */
public final class Live {

    /**
     * Timer of the pushed refreshes, tagged with the broadcaster: from the change's publication
     * (right after its commit) to the refresh having run in the UI, just before the push goes out.
     */
    public static final String DELIVERIES = "plateau.push.deliveries";

    private Live() {
    }

    /**
     * Subscribes on attach and unsubscribes on detach, so a closed tab leaves no listener behind.
     * The topic is read on attach, as it may depend on who signed in.
     */
    public static <K> void refresh(Component component, Broadcaster<K> broadcaster, Supplier<K> topic,
            Runnable refresh) {
        component.addAttachListener(attach -> {
            K key = topic.get();
            if (key == null) {
                return;
            }
            Registration registration = broadcaster.register(key, pushing(attach.getUI(), refresh));
            component.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }

    /**
     * The listener to register on a broadcaster for one UI: each change runs the refresh in that UI
     * as the signed-in viewer ({@link #asSignedInUser}), and counts the delivery and its latency.
     * Call it on the viewer's own thread (on attach), where their security context is.
     */
    public static <K> Consumer<K> pushing(UI ui, Runnable refresh) {
        Runnable asUser = asSignedInUser(refresh);
        return changed -> {
            Optional<Broadcaster.Delivery> delivery = Broadcaster.currentDelivery();
            ui.access(() -> {
                asUser.run();
                delivery.ifPresent(Live::delivered);
            });
        };
    }

    /**
     * Recorded through Micrometer's global registry, which Boot's registries join: the views that
     * push are made by Vaadin, not by Spring, and have no registry of their own to hand.
     */
    private static void delivered(Broadcaster.Delivery delivery) {
        Timer.builder(DELIVERIES)
                .description("Pushed refreshes of open screens, from the change's commit to the refresh run in the UI")
                .tag("topic", delivery.broadcaster())
                .serviceLevelObjectives(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
                        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5))
                .register(Metrics.globalRegistry)
                .record(delivery.waited());
    }

    /**
     * The refresh runs on whichever thread holds the session lock when the change arrives, so it
     * carries the viewer's own security context: services then check the viewer's role and site.
     * On a broadcaster's thread the context stays set after the refresh, because the push (and the
     * lazy grids' fetches it triggers) happens when that thread unlocks the session; the broadcaster
     * clears it afterwards. Elsewhere (the viewer's own request thread) the previous context is put back.
     */
    public static Runnable asSignedInUser(Runnable refresh) {
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        Runnable restoring = new DelegatingSecurityContextRunnable(refresh, copy);
        return () -> {
            if (Broadcaster.onDeliveryThread()) {
                SecurityContextHolder.setContext(copy);
                refresh.run();
            } else {
                restoring.run();
            }
        };
    }
}
