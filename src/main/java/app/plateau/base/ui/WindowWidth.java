package app.plateau.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.IntConsumer;

/**
 * Lets a view lay a grid out for the window it is shown in: a phone gets fewer, stacked columns
 * where a desk screen gets one column per field. A grid's columns cannot be hidden by a style
 * sheet, so the width has to reach the server.
 */
public final class WindowWidth {

    /** Below this width (CSS pixels) a grid of many columns gives way to its phone layout. */
    public static final int NARROW = 700;

    private WindowWidth() {
    }

    /**
     * Calls {@code fit} with the window's inner width once the component is attached and again
     * whenever the window is resized, until it is detached.
     */
    public static void follow(Component component, IntConsumer fit) {
        component.addAttachListener(attach -> {
            attach.getUI().getPage().retrieveExtendedClientDetails(
                    details -> fit.accept(details.getWindowInnerWidth()));
            Registration resize = attach.getUI().getPage()
                    .addBrowserWindowResizeListener(event -> fit.accept(event.getWidth()));
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /** Whether a window this wide gets the phone layout; an unknown width (0) counts as wide. */
    public static boolean isNarrow(int windowWidth) {
        return windowWidth > 0 && windowWidth < NARROW;
    }
}
