package app.plateau.base.ui;

import app.plateau.base.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.Locale;

/** One click to the other language; the page reloads so every text follows. */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        Locale current = Messages.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
        Locale other = Messages.FRENCH.equals(current) ? Messages.ENGLISH : Messages.FRENCH;
        // Each language names itself, so a reader who cannot read the current one still finds theirs.
        setText(Messages.get(other, "language.self"));
        getElement().setAttribute("lang", other.toLanguageTag());
        addClassName("language-switch");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(event -> {
            LanguagePreference.choose(other);
            UI.getCurrent().getPage().reload();
        });
    }
}
