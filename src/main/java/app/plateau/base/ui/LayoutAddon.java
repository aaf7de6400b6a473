package app.plateau.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature adds to every signed-in page (the meeting reminders' notices), without the
 * layout knowing the feature. Features provide these as Spring beans; the main layout hands itself
 * to each when it is built, and the addon listens to its attach and detach.
 */
public interface LayoutAddon {

    void attach(Component layout);
}
