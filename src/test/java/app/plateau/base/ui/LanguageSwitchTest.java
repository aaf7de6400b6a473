package app.plateau.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.KaribuTest;
import app.plateau.base.Messages;
import app.plateau.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

class LanguageSwitchTest extends KaribuTest {

    @Test
    void the_switch_on_a_french_page_offers_english_and_reloads_the_page_in_english() {
        UI.getCurrent().navigate(LoginView.class);
        LanguageSwitch english = _get(LanguageSwitch.class);
        assertThat(english.getText()).isEqualTo("English");

        _click(english);

        // The page has reloaded: a new UI, given the language kept in the session.
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Messages.ENGLISH);
        assertThat(VaadinSession.getCurrent().getAttribute(LanguagePreference.COOKIE)).isEqualTo(Messages.ENGLISH);
        assertThat(_get(LoginView.class).getPageTitle()).isEqualTo("Sign in — Plateau");
        assertThat(_get(LanguageSwitch.class).getText()).isEqualTo("Français");
    }
}
