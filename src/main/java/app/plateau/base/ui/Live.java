package app.plateau.base.ui;

import app.plateau.base.Broadcaster;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Keeps a component live: while it is attached, a change of its topic re-runs its refresh through push. */
public final class Live {

    private Live() {
    }

    /**
     * Subscribes on attach and unsubscribes on detach, so a closed tab leaves no listener behind.
     * The topic is read on attach, as it may depend on who signed in.
     * <p>
     * The refresh runs as the user who opened the component. A change is passed on by the thread
     * that committed it (another user's request, a scheduled job) or by the broadcaster's own
     * thread, and {@code ui.access} runs the refresh right there when the session is free: the
     * services it calls would otherwise see that thread's user, or nobody.
     */
    public static <K> void refresh(Component component, Broadcaster<K> broadcaster, Supplier<K> topic,
            Runnable refresh) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            K key = topic.get();
            if (key == null) {
                return;
            }
            Runnable asViewer = asViewer(refresh);
            Registration registration = broadcaster.register(key, changed -> ui.access(asViewer::run));
            component.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }

    /** The refresh under the attaching user's identity; the thread's own is put back afterwards. */
    private static Runnable asViewer(Runnable refresh) {
        Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
        if (viewer == null) {
            return refresh;
        }
        // A context of its own: the attaching request's context object may later be given another authentication.
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(viewer);
        return new DelegatingSecurityContextRunnable(refresh, context);
    }
}
