package app.plateau.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.security.Role;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordViewTest extends KaribuTest {

    private static final String NEW_PASSWORD = "Nouveau-secret-42";

    @Autowired
    private PasswordEncoder passwordEncoder;
    private TestSite testSite;
    private String agent;

    @BeforeEach
    void signInAnAgent() {
        testSite = fixtures.site();
        agent = testSite.username(Role.AGENT);
        login(agent);
        UI.getCurrent().navigate(PasswordView.class);
    }

    private void change(String current, String next, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Mot de passe actuel")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nouveau mot de passe")), next);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Répétez le nouveau mot de passe")), repeat);
        act(() -> _click(_get(Button.class, spec -> spec.withText("Enregistrer"))));
    }

    private boolean authenticates(String password) {
        return passwordEncoder.matches(password, users.loadUserByUsername(agent).getPassword());
    }

    @Test
    void a_changed_password_signs_in_and_the_old_one_no_longer_does() {
        change(Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(notifications()).containsExactly("Votre mot de passe est changé.");
        assertThat(authenticates(NEW_PASSWORD)).isTrue();
        assertThat(authenticates(Fixtures.PASSWORD)).isFalse();
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Mot de passe actuel")).getValue()).isEmpty();
    }

    @Test
    void a_wrong_current_password_is_refused() {
        change("pas-le-bon-mot", NEW_PASSWORD, NEW_PASSWORD);

        assertThat(notifications()).containsExactly("Le mot de passe actuel est incorrect.");
        assertThat(authenticates(Fixtures.PASSWORD)).isTrue();
    }

    @Test
    @Tag("security")
    void after_five_wrong_current_passwords_even_the_right_one_is_refused_for_a_while() {
        for (int attempt = 0; attempt < 5; attempt++) {
            change("pas-le-bon-mot-" + attempt, NEW_PASSWORD, NEW_PASSWORD);
        }
        change(Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(notifications()).last().isEqualTo(
                "Après 5 mots de passe erronés, votre compte est bloqué 5 minutes : réessayez plus tard.");
        assertThat(authenticates(Fixtures.PASSWORD)).isTrue();
    }

    @Test
    void two_different_entries_are_refused_on_the_repeat_field() {
        change(Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x");

        PasswordField repeat = _get(PasswordField.class, spec -> spec.withLabel("Répétez le nouveau mot de passe"));
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("Les deux saisies du nouveau mot de passe diffèrent.");
        assertThat(notifications()).isEmpty();
        assertThat(authenticates(Fixtures.PASSWORD)).isTrue();
    }

    @Test
    void a_short_empty_or_too_long_password_is_refused() {
        change(Fixtures.PASSWORD, "court", "court");
        assertThat(notifications()).containsExactly("Le mot de passe doit compter au moins 8 caractères.");

        change(Fixtures.PASSWORD, "", "");
        assertThat(notifications()).contains("Le mot de passe doit compter au moins 8 caractères.");

        String tooLong = "x".repeat(73);
        change(Fixtures.PASSWORD, tooLong, tooLong);
        assertThat(notifications()).contains("Le mot de passe doit compter au plus 72 caractères.");
        assertThat(authenticates(Fixtures.PASSWORD)).isTrue();
    }

    @Test
    void markup_typed_as_a_password_is_just_characters() {
        String markup = "<script>alert(1)</script>";
        change(Fixtures.PASSWORD, markup, markup);

        assertThat(notifications()).containsExactly("Votre mot de passe est changé.");
        assertThat(authenticates(markup)).isTrue();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
        reset();
        UI.getCurrent().navigate(PasswordView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
