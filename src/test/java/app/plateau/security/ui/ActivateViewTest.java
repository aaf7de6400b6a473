package app.plateau.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.security.AccountService;
import app.plateau.security.AccountService.AccountDraft;
import app.plateau.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The page an activation link opens, as the person who got the e-mail sees it, signed in to nothing. */
class ActivateViewTest extends KaribuTest {

    private static final String INVALID = "Ce lien d’activation n’est pas valable : il a peut-être expiré ou déjà"
            + " servi. Demandez-en un nouveau à votre administratrice ou administrateur.";

    @Autowired
    private AccountService accounts;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PasswordEncoder encoder;
    private String username;
    private String token;

    @BeforeEach
    void link() throws Exception {
        TestSite site = fixtures.site();
        username = Fixtures.unique("lien").toLowerCase();
        long id = Fixtures.asSystem(() -> accounts.create(new AccountDraft(username, "Salma Lien",
                site.site().getId(), null, EnumSet.of(Role.AGENT)), null)).getId();
        token = Fixtures.unique("jeton-de-test-assez-long");
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        jdbc.update("""
                insert into account_activation (account_id, token_hash, issued_at, expires_at)
                values (?, ?, current_timestamp(6), current_timestamp(6) + interval '1' day)
                """, id, hash);
    }

    @Test
    void a_valid_link_lets_the_person_choose_a_password_then_sign_in() {
        UI.getCurrent().navigate("activate/" + token);

        assertThat(_get(Paragraph.class, spec -> spec.withText("Choisissez le mot de passe du compte « " + username
                + " ».")).isVisible()).isTrue();
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nouveau mot de passe")), "Mon-mot-de-passe-1");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Répétez le nouveau mot de passe")),
                "Mon-mot-de-passe-1");
        _click(_get(Button.class, spec -> spec.withText("Enregistrer le mot de passe")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("activate-outcome")).getText())
                .isEqualTo("Votre mot de passe est enregistré : vous pouvez vous connecter.");
        assertThat(encoder.matches("Mon-mot-de-passe-1", users.loadUserByUsername(username).getPassword())).isTrue();

        UI.getCurrent().navigate("activate/" + token);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("activate-outcome")).getText()).isEqualTo(INVALID);
    }

    @Test
    void a_password_against_the_rules_is_said_on_its_field_and_the_form_stays() {
        UI.getCurrent().navigate("activate/" + token);
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Nouveau mot de passe"));
        _setValue(password, "court");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Répétez le nouveau mot de passe")), "court");
        _click(_get(Button.class, spec -> spec.withText("Enregistrer le mot de passe")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Le mot de passe doit compter au moins 8 caractères.");
        assertThat(_get(Button.class, spec -> spec.withText("Enregistrer le mot de passe")).isVisible()).isTrue();
    }

    @Test
    void an_unknown_link_gets_the_same_neutral_message_and_no_form() {
        UI.getCurrent().navigate("activate/" + token + "x");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("activate-outcome")).getText()).isEqualTo(INVALID);
        _assertNone(Button.class, spec -> spec.withText("Enregistrer le mot de passe"));
        _assertNone(PasswordField.class);
    }
}
