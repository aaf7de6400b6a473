package app.plateau.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * What a manager's inbox shows on each request: Approve and Deny, and the dialog in which a denial
 * takes its reason. The screens differ in what they decide, not in how.
 */
public final class Decisions {

    private Decisions() {
    }

    /** The two buttons of a row; their ids end with {@code idSuffix} so that browser tests find them. */
    public static Component buttons(Component owner, String approveKey, String denyKey, String idSuffix,
            Runnable approve, Runnable deny) {
        Button approveButton = new Button(owner.getTranslation(approveKey), VaadinIcon.CHECK.create());
        OneShot.onClick(approveButton, approve);
        approveButton.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL,
                ButtonVariant.LUMO_PRIMARY);
        approveButton.setId("approve-" + idSuffix);
        Button denyButton = new Button(owner.getTranslation(denyKey), VaadinIcon.CLOSE_SMALL.create(),
                event -> deny.run());
        denyButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        denyButton.setId("deny-" + idSuffix);
        return new HorizontalLayout(approveButton, denyButton);
    }

    /**
     * Opens the dialog that asks why a request is denied. {@code deny} gets the reason as typed (the
     * service checks it); the dialog closes when it returns, and stays open with the text when it
     * throws, after which {@code refresh} runs either way.
     */
    public static void askReason(Component owner, String title, String reasonLabel, int maxLength, String denyKey,
            Consumer<String> deny, Runnable refresh) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        TextArea why = new TextArea(reasonLabel);
        why.setMaxLength(maxLength);
        why.setRequired(true);
        why.setWidthFull();
        Button confirm = new Button(owner.getTranslation(denyKey));
        OneShot.onClick(confirm, () -> {
            try {
                deny.accept(why.getValue());
                dialog.close();
            } finally {
                refresh.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(owner.getTranslation("common.cancel"), event -> dialog.close());
        dialog.add(why);
        dialog.getFooter().add(close, confirm);
        dialog.open();
    }
}
