package app.plateau.security.ui;

import app.plateau.base.ui.Notifications;
import app.plateau.security.AccountService;
import app.plateau.security.PasswordPolicy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Any signed-in person changes their own password here. */
@Route("password")
@PermitAll
public class PasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField(getTranslation("password.current"));
    private final PasswordField next = new PasswordField(getTranslation("password.new"));
    private final PasswordField repeat = new PasswordField(getTranslation("password.repeat"));

    public PasswordView(AccountService accounts) {
        addClassName("admin-view");
        next.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        next.setHelperText(getTranslation("password.error.too-short", PasswordPolicy.MIN_LENGTH));
        Button save = new Button(getTranslation("common.save"), event -> {
            repeat.setInvalid(false);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.error.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            accounts.changeOwnPassword(current.getValue(), next.getValue());
            current.clear();
            next.clear();
            repeat.clear();
            Notifications.success(getTranslation("password.changed"));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("28rem");
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.page-title");
    }
}
