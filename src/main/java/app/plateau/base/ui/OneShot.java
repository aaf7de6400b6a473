package app.plateau.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.shared.Registration;

/**
 * A button whose action runs once per click, however fast the person clicks: the browser greys
 * it out at the first click, and until the answer has reached the browser any further click is
 * ignored. Without it, a double click on "Envoyer la demande" sent the request twice and showed
 * its success and the refusal of the second together.
 */
public final class OneShot {

    private static final String BUSY = OneShot.class.getName() + ".busy";

    private OneShot() {
    }

    /** Runs {@code action} on click, once until the response of that click has gone to the browser. */
    public static Registration onClick(Button button, Runnable action) {
        button.setDisableOnClick(true);
        return button.addClickListener(event -> {
            if (ComponentUtil.getData(button, BUSY) != null) {
                return;
            }
            button.getUI().ifPresent(ui -> {
                ComponentUtil.setData(button, BUSY, Boolean.TRUE);
                // Registered before the action runs, so that a refusal it throws gives the button back too.
                ui.beforeClientResponse(button, context -> {
                    ComponentUtil.setData(button, BUSY, null);
                    button.setEnabled(true);
                });
            });
            action.run();
        });
    }
}
