package app.plateau.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.KaribuTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import app.plateau.base.ui.LanguagePreference;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    /** The texts the login form shows: its i18n object as the browser receives it. */
    private static JsonNode i18n() {
        try {
            return new ObjectMapper().readTree(_get(LoginForm.class).getElement().getPropertyRaw("i18n").toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_login_page_is_french_by_default() {
        UI.getCurrent().navigate(LoginView.class);

        JsonNode i18n = i18n();
        assertThat(i18n.at("/form/title").asText()).isEqualTo("Connexion");
        assertThat(i18n.at("/form/username").asText()).isEqualTo("Identifiant");
        assertThat(i18n.at("/form/password").asText()).isEqualTo("Mot de passe");
        assertThat(i18n.at("/form/submit").asText()).isEqualTo("Se connecter");
        assertThat(_get(LoginView.class).getPageTitle()).isEqualTo("Connexion — Plateau");
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void a_reader_who_chose_english_gets_the_login_page_in_english() {
        UI.getCurrent().navigate(LoginView.class);
        LanguagePreference.choose(Locale.ENGLISH);
        UI.getCurrent().getPage().reload();

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        JsonNode i18n = i18n();
        assertThat(i18n.at("/form/username").asText()).isEqualTo("Username");
        assertThat(i18n.at("/form/password").asText()).isEqualTo("Password");
        assertThat(i18n.at("/form/submit").asText()).isEqualTo("Sign in");
        assertThat(_get(LoginView.class).getPageTitle()).isEqualTo("Sign in — Plateau");
    }

    @Test
    void a_refused_login_comes_back_with_the_error_shown() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));

        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(i18n().at("/errorMessage/message").asText()).isEqualTo(
                "Identifiant ou mot de passe incorrect, ou compte verrouillé. Après 5 essais manqués, le compte est bloqué 5 minutes.");
    }
}
