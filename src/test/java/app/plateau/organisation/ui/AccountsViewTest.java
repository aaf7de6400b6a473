package app.plateau.organisation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.organisation.Person;
import app.plateau.security.Account;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.text.MessageFormat;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountsViewTest extends KaribuTest {

    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private AuthenticationConfiguration authentication;
    private TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    private Grid<Account> openAsAdmin() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(AccountsView.class);
        return _get(Grid.class);
    }

    private int rowOf(Grid<Account> grid, String username) {
        return column(grid, "username").indexOf(username);
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private void openNewAccount() {
        _click(_get(Button.class, spec -> spec.withText("Nouveau compte")));
    }

    /** Fills the new account form with what every account needs and saves it. */
    private void createAccount(String username, String displayName, Role role) {
        openNewAccount();
        _setValue(field("Identifiant"), username);
        _setValue(field("Nom affiché"), displayName);
        _setValue(_get(CheckboxGroup.class, spec -> spec.withLabel("Rôles")), Set.of(role));
        save();
    }

    /** Opens an account's editor and clicks one of its actions. */
    private void actOn(Grid<Account> grid, String username, String action) {
        _clickItem(grid, rowOf(grid, username));
        act(() -> _click(_get(Button.class, spec -> spec.withText(action))));
    }

    private void save() {
        act(() -> _click(_get(Button.class, spec -> spec.withText("Enregistrer"))));
    }

    private boolean authenticates(String username, String password) {
        return passwordEncoder.matches(password, users.loadUserByUsername(username).getPassword());
    }

    @Test
    void the_administrator_sees_the_accounts_of_the_site_with_translated_roles_and_status() {
        Grid<Account> grid = openAsAdmin();

        assertThat(_size(grid)).isEqualTo(6);
        int lead = rowOf(grid, testSite.username(Role.TEAM_LEAD));
        assertThat(_getFormatted(grid, lead, "roles")).isEqualTo("Agent, Superviseur");
        assertThat(_getFormatted(grid, lead, "status")).isEqualTo("Actif");
    }

    @Test
    void on_a_phone_each_account_is_one_stacked_cell_with_name_username_roles_and_status() {
        windowWidth(390);
        Grid<Account> grid = openAsAdmin();

        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("account");
        int lead = rowOf(grid, testSite.username(Role.TEAM_LEAD));
        var card = GridKt._getCellComponent(grid, lead, "account");
        assertThat(card.getChildren().map(child -> child.getElement().getText()))
                .containsExactly(testSite.lead().getFullName(), testSite.username(Role.TEAM_LEAD),
                        "Agent, Superviseur", "Actif");

        _clickItem(grid, lead);
        assertThat(field("Nom affiché").getValue()).isEqualTo(testSite.lead().getFullName());
    }

    @Test
    void at_a_desk_the_accounts_keep_one_column_per_field_and_long_names_wrap() {
        windowWidth(1366);
        Grid<Account> grid = openAsAdmin();

        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("username", "displayName", "roles", "status");
        // A long name goes onto a second line instead of ending in "…".
        assertThat(grid.getThemeNames()).contains("wrap-cell-content");
        assertThat(grid.getColumnByKey("displayName").getFlexGrow()).isEqualTo(2);
    }

    @Test
    void the_awaiting_activation_filter_lists_accounts_without_a_password_and_says_when_mail_is_not_set_up() {
        Grid<Account> grid = openAsAdmin();
        String username = Fixtures.unique("att").toLowerCase();
        createAccount(username, "Sans Mot de Passe", Role.AGENT);
        _assertNone(Button.class, spec -> spec.withText("Envoyer un lien d’activation à tous les comptes listés"));

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("En attente d’activation")), true);

        assertThat(column(grid, "username")).containsExactly(username);
        assertThat(_get(Button.class, spec -> spec.withText("Envoyer un lien d’activation à tous les comptes listés"))
                .isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withClasses("activation-mail-missing")).getText())
                .startsWith("Envoi impossible : aucun serveur d’e-mail ou aucune adresse publique n’est configuré");
    }

    @Test
    void a_new_account_for_a_person_takes_the_persons_name_and_can_sign_in() {
        Person person = fixtures.person(testSite.site(), Fixtures.unique("N"), "Salma Nouvelle", testSite.team(),
                testSite.floor1());
        String username = Fixtures.unique("salma").toLowerCase(Locale.ROOT);
        Grid<Account> grid = openAsAdmin();
        openNewAccount();
        _setValue(field("Identifiant"), username);
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Personne")), person);
        assertThat(field("Nom affiché").getValue()).isEqualTo("Salma Nouvelle");
        _setValue(_get(CheckboxGroup.class, spec -> spec.withLabel("Rôles")), Set.of(Role.AGENT));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Mot de passe initial")), "Bienvenue-2024");
        save();

        assertThat(notifications()).containsExactly("Enregistrement effectué : « " + username + " ».");
        assertThat(_size(grid)).isEqualTo(7);
        assertThat(_getFormatted(grid, rowOf(grid, username), "displayName")).isEqualTo("Salma Nouvelle");
        assertThat(authenticates(username, "Bienvenue-2024")).isTrue();
    }

    @Test
    void an_account_created_without_password_says_so_and_cannot_sign_in() {
        String username = Fixtures.unique("sans").toLowerCase(Locale.ROOT);
        Grid<Account> grid = openAsAdmin();
        createAccount(username, "Sans Mot De Passe", Role.AUDITOR);

        assertThat(_getFormatted(grid, rowOf(grid, username), "status")).isEqualTo("Sans mot de passe");
        assertThat(users.loadUserByUsername(username).isEnabled()).isFalse();
    }

    @Test
    void an_empty_or_too_long_form_is_refused_field_by_field() {
        Grid<Account> grid = openAsAdmin();
        openNewAccount();
        _setValue(field("Nom affiché"), "x".repeat(Account.DISPLAY_NAME_MAX + 1));
        save();

        assertThat(field("Identifiant").isInvalid()).isTrue();
        assertThat(field("Nom affiché").isInvalid()).isTrue();
        assertThat(_get(CheckboxGroup.class, spec -> spec.withLabel("Rôles")).isInvalid()).isTrue();
        assertThat(notifications()).containsExactly("Corrigez les champs signalés.");
        assertThat(_size(grid)).isEqualTo(6);
    }

    @Test
    void a_username_with_markup_or_spaces_is_refused_and_nothing_is_saved() {
        Grid<Account> grid = openAsAdmin();
        for (String bad : List.of("<b>bob</b>", "jean dupont")) {
            createAccount(bad, "Bob", Role.AGENT);

            assertThat(notifications()).as(bad).contains(
                    "L’identifiant doit compter au plus 60 caractères : minuscules, chiffres, . _ -");
            assertThat(_get(Dialog.class).isOpened()).isTrue();
            _click(_get(Button.class, spec -> spec.withText("Annuler")));
        }
        assertThat(_size(grid)).isEqualTo(6);
    }

    @Test
    void a_display_name_with_markup_is_kept_and_shown_as_text() {
        String username = Fixtures.unique("markup").toLowerCase(Locale.ROOT);
        Grid<Account> grid = openAsAdmin();
        createAccount(username, "<script>alert(1)</script>", Role.AGENT);

        assertThat(_getFormatted(grid, rowOf(grid, username), "displayName")).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void an_edit_changes_the_roles_but_not_the_username() {
        Grid<Account> grid = openAsAdmin();
        String agent = testSite.username(Role.AGENT);
        _clickItem(grid, rowOf(grid, agent));
        assertThat(_find(TextField.class, spec -> spec.withLabel("Identifiant"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Supprimer"))).isEmpty();
        _setValue(_get(CheckboxGroup.class, spec -> spec.withLabel("Rôles")), Set.of(Role.AGENT, Role.TEAM_LEAD));
        save();

        assertThat(notifications()).containsExactly("Enregistrement effectué : « " + agent + " ».");
        assertThat(_getFormatted(grid, rowOf(grid, agent), "roles")).isEqualTo("Agent, Superviseur");
    }

    @Test
    void a_reset_shows_a_temporary_password_once_that_signs_in() throws ParseException {
        Grid<Account> grid = openAsAdmin();
        String agent = testSite.username(Role.AGENT);
        actOn(grid, agent, "Réinitialiser le mot de passe");

        Dialog dialog = _get(Dialog.class, spec -> spec.withClasses("temporary-password"));
        String shown = _get(dialog, Paragraph.class).getText();
        Object[] arguments = new MessageFormat(t("account.reset-password.done"), Locale.FRENCH).parse(shown);
        assertThat(arguments[0]).isEqualTo(agent);
        String temporary = (String) arguments[1];
        assertThat(authenticates(agent, temporary)).isTrue();
        assertThat(authenticates(agent, Fixtures.PASSWORD)).isFalse();

        _click(_get(Button.class, spec -> spec.withText("Fermer")));
        assertThat(_find(Paragraph.class, spec -> spec.withText(shown))).isEmpty();
    }

    @Test
    void a_locked_account_is_shown_locked_until_unlocked() {
        Grid<Account> grid = openAsAdmin();
        String agent = testSite.username(Role.AGENT);
        actOn(grid, agent, "Verrouiller");

        assertThat(notifications()).containsExactly("Le compte " + agent + " est verrouillé.");
        assertThat(_getFormatted(grid, rowOf(grid, agent), "status")).isEqualTo("Verrouillé");
        assertThat(users.loadUserByUsername(agent).isAccountNonLocked()).isFalse();

        actOn(grid, agent, "Déverrouiller");
        assertThat(_getFormatted(grid, rowOf(grid, agent), "status")).isEqualTo("Actif");
    }

    @Test
    void an_account_held_after_wrong_passwords_shows_until_when_and_can_be_unlocked() throws Exception {
        String agent = testSite.username(Role.AGENT);
        AuthenticationManager manager = authentication.getAuthenticationManager();
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(agent, "wrong-password"));
            } catch (BadCredentialsException expected) {
                // Each refusal is counted by the login attempts listener.
            }
        }
        Grid<Account> grid = openAsAdmin();

        assertThat(_getFormatted(grid, rowOf(grid, agent), "status")).startsWith("Bloqué jusqu’à ");
        actOn(grid, agent, "Déverrouiller");
        assertThat(_getFormatted(grid, rowOf(grid, agent), "status")).isEqualTo("Actif");
    }

    @Test
    void an_administrator_cannot_lock_their_own_account() {
        Grid<Account> grid = openAsAdmin();
        String admin = testSite.username(Role.ADMIN);
        actOn(grid, admin, "Verrouiller");

        assertThat(notifications()).containsExactly("Vous ne pouvez pas verrouiller votre propre compte.");
        assertThat(users.loadUserByUsername(admin).isAccountNonLocked()).isTrue();
    }

    @Test
    void a_global_administrator_creates_an_account_at_no_site_only_as_administrator() {
        login(fixtures.globalAdmin());
        UI.getCurrent().navigate(AccountsView.class);
        ComboBox<?> site = _get(ComboBox.class, spec -> spec.withLabel("Site"));
        _setValue(site, null);
        String username = Fixtures.unique("central").toLowerCase(Locale.ROOT);
        openNewAccount();
        assertThat(field("Site").getValue()).isEqualTo("Aucun site (administrateur global)");
        _setValue(field("Identifiant"), username);
        _setValue(field("Nom affiché"), "Central");
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withLabel("Rôles"));
        _setValue(roles, Set.of(Role.ADMIN, Role.AUDITOR));
        save();
        assertThat(notifications())
                .containsExactly("Seul un administrateur peut n’être rattaché à aucun site : choisissez un site.");

        _setValue(roles, Set.of(Role.ADMIN));
        save();
        assertThat(users.loadUserByUsername(username).isGlobalAdmin()).isTrue();
    }

    @Test
    void the_page_is_english_for_an_english_reader() {
        login(testSite.username(Role.ADMIN));
        english();
        UI.getCurrent().navigate(AccountsView.class);
        Grid<Account> grid = _get(Grid.class);

        assertThat(_getFormatted(grid, rowOf(grid, testSite.username(Role.TEAM_LEAD)), "roles"))
                .isEqualTo("Agent, Team lead");
        assertThat(_find(Button.class, spec -> spec.withText("New account"))).hasSize(1);
    }

    @Test
    void a_manager_may_not_open_the_account_administration() {
        login(testSite.username(Role.SITE_MANAGER));
        assertCannotOpen(AccountsView.class);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        UI.getCurrent().navigate(AccountsView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
