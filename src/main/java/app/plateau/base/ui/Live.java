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
