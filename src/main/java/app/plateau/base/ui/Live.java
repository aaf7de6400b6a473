package app.plateau.base.ui;

import app.plateau.base.Broadcaster;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Keeps a component live: while it is attached, a change of its topic re-runs its refresh through push. */
public final class Live {

    private Live() {
    }

    /**
     * Subscribes on attach and unsubscribes on detach, so a closed tab leaves no listener behind.
     * The topic is read on attach, as it may depend on who signed in.
     */
    public static <K> void refresh(Component component, Broadcaster<K> broadcaster, Supplier<K> topic,
            Runnable refresh) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            K key = topic.get();
            if (key == null) {
                return;
            }
            Runnable asUser = asSignedInUser(refresh);
            Registration registration = broadcaster.register(key, changed -> ui.access(asUser::run));
            component.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }

    /**
     * The refresh runs on whichever thread holds the session lock when the change arrives (often the
     * thread of the person who made the change), so it carries the viewer's own security context:
     * services then check the viewer's role and site, not the actor's.
     */
    public static Runnable asSignedInUser(Runnable refresh) {
        SecurityContext context = SecurityContextHolder.getContext();
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(context.getAuthentication());
        return new DelegatingSecurityContextRunnable(refresh, copy);
    }
}
