package app.plateau.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The two kinds of notification the views show, placed and timed alike everywhere: at the bottom
 * end, out of the way of the form being filled in. A success fades; an error stays until the user
 * closes it, so it is not gone before it is read.
 */
public final class Notifications {

    static final Notification.Position POSITION = Notification.Position.BOTTOM_END;

    private Notifications() {
    }

    public static Notification success(String text) {
        Notification notification = Notification.show(text, 4000, POSITION);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    public static Notification error(String text) {
        Notification notification = new Notification();
        notification.setDuration(0);
        notification.setPosition(POSITION);
        notification.setAssertive(true);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_CONTRAST);
        close.setAriaLabel(translate("common.close"));
        HorizontalLayout content = new HorizontalLayout(new Span(text), close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        content.addClassName("notification-content");
        notification.add(content);
        notification.open();
        return notification;
    }

    public static String translate(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
