package app.plateau.security.ui;

import app.plateau.base.ui.LanguageSwitch;
import app.plateau.base.ui.ServiceUnavailable;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Vaadin's login form posting to Spring Security, in the reader's language. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph forgotten = new Paragraph(getTranslation("login.forgot.help"));

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        form.setI18n(i18n);
        form.setAction("login");
        form.addForgotPasswordListener(event -> forgotten.setVisible(true));

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        forgotten.setVisible(false);
        forgotten.addClassName("login-forgotten");
        add(brand, tagline, form, forgotten, new LanguageSwitch());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            if (ServiceUnavailable.signInMetAnOutage()) {
                // Not the password: the accounts could not be read. Saying "wrong password" would mislead.
                form.showErrorMessage(getTranslation("error.unavailable.title"),
                        getTranslation("error.unavailable.login"));
            } else {
                form.setError(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
