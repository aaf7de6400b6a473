package app.plateau.base.ui;

import app.plateau.base.Broadcaster;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Supplier;

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
            Registration registration = broadcaster.register(key, changed -> ui.access(refresh::run));
            component.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }
}
