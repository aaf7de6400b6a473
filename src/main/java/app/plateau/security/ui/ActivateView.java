package app.plateau.security.ui;

import app.plateau.base.DomainException;
import app.plateau.base.ui.LanguageSwitch;
import app.plateau.security.ActivationService;
import app.plateau.security.PasswordPolicy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The page an e-mailed activation link opens: the person chooses the password of their new account.
 * A link that cannot be used, for whatever reason, gets one and the same message.
 */
@Route(value = "activate/:token", autoLayout = false)
@AnonymousAllowed
public class ActivateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ActivationService activation;
    private final Paragraph intro = new Paragraph();
    private final PasswordField password = new PasswordField(getTranslation("password.new"));
    private final PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
    private final Button save = new Button(getTranslation("activation.save"));
    private final FormLayout form = new FormLayout(password, repeat);
    private final Paragraph outcome = new Paragraph();
    private final RouterLink signIn = new RouterLink(getTranslation("activation.sign-in"), LoginView.class);
    private String token;

    public ActivateView(ActivationService activation) {
        this.activation = activation;
        addClassName("activate-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText(getTranslation("password.error.too-short", PasswordPolicy.MIN_LENGTH));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        outcome.addClassName("activate-outcome");
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        add(brand, intro, form, save, outcome, signIn, new LanguageSwitch());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        try {
            activation.usernameFor(token, clientAddress())
                    .ifPresentOrElse(this::showForm, () -> showEnd(getTranslation("activation.error.invalid")));
        } catch (DomainException refused) {
            showEnd(getTranslation(refused.getMessageKey(), refused.getArguments()));
        }
    }

    private void showForm(String username) {
        intro.setText(getTranslation("activation.intro", username));
        outcome.setVisible(false);
        signIn.setVisible(false);
    }

    private void save() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.error.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            activation.activate(token, password.getValue(), clientAddress());
        } catch (DomainException refused) {
            String message = getTranslation(refused.getMessageKey(), refused.getArguments());
            if (refused.getMessageKey().startsWith("password.")) {
                // A rule of the password: said on the field, the person types another.
                password.setErrorMessage(message);
                password.setInvalid(true);
            } else {
                showEnd(message);
            }
            return;
        }
        showEnd(getTranslation("activation.done"));
        signIn.setVisible(true);
    }

    /** The form goes away, leaving one sentence (and the way to sign in). */
    private void showEnd(String message) {
        intro.setVisible(false);
        form.setVisible(false);
        save.setVisible(false);
        password.clear();
        repeat.clear();
        outcome.setText(message);
        outcome.setVisible(true);
        signIn.setVisible(true);
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activation.page-title");
    }
}
