package app.plateau.base.ui;

import com.vaadin.flow.shared.Registration;
import java.util.Optional;

/**
 * A live count beside a side-navigation entry (pending requests beside the inbox). Features provide
 * these as Spring beans; the layout shows them without knowing the features.
 */
public interface MenuBadge {

    /** The route path of the menu entry, without a leading slash. */
    String path();

    /** The count for the signed-in user; empty when the entry shows no count for them. */
    Optional<Long> count();

    /** Calls {@code changed} (from any thread) whenever the count may have changed; empty when not live. */
    Optional<Registration> onChange(Runnable changed);
}
