package app.plateau.organisation.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.base.ui.FilterField;
import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.WorkMode;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PeopleViewTest extends KaribuTest {

    private static final String MARKUP = "<b>x</b><script>alert(1)</script>";

    @Autowired
    private PersonService personService;
    private TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    private void openAsAdmin() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(PeopleView.class);
    }

    private TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private long peopleOfSite() {
        return personService.count(testSite.site().getId(), null, "");
    }

    @Test
    void the_administrator_sees_the_people_of_the_site_with_their_team_floor_and_work_mode() {
        openAsAdmin();

        Grid<Person> grid = _get(Grid.class);
        assertThat(column(grid, "full-name")).containsExactly(testSite.lead().getFullName(),
                testSite.agent().getFullName());
        assertThat(_getFormattedRow(grid, 1)).containsExactly(testSite.agent().getEmployeeNumber(),
                testSite.agent().getFullName(), testSite.team().getName(), "Plateau 1", "Sur site", "Oui");
    }

    @Test
    void the_people_are_filtered_by_text_and_by_team() {
        fixtures.person(testSite.site(), "N-100", "Zineb Sans Équipe", null, null);
        openAsAdmin();
        Grid<Person> grid = _get(Grid.class);
        assertThat(column(grid, "full-name")).hasSize(3);

        selectByLabel(_get(ComboBox.class, spec -> spec.withLabel("Équipe")), testSite.team().getName());
        assertThat(column(grid, "full-name")).containsExactly(testSite.lead().getFullName(),
                testSite.agent().getFullName());

        _setValue(_get(FilterField.class), "youssef");
        assertThat(column(grid, "full-name")).containsExactly(testSite.agent().getFullName());
    }

    @Test
    void a_new_person_is_saved_with_every_field_and_listed() {
        openAsAdmin();
        click("Nouvelle personne");
        _setValue(field("Matricule"), "M-2024/17");
        _setValue(field("Nom complet"), "Salma Benali");
        _setValue(field("E-mail"), "salma.benali@example.ma");
        _setValue(field("Téléphone"), "+212 6 12 34 56 78");
        selectByLabel(_get(_get(PeopleView.PersonEditor.class), ComboBox.class, spec -> spec.withLabel("Équipe")),
                testSite.team().getName());
        click("Enregistrer");

        assertThat(notifications()).containsExactly("Enregistrement effectué : « Salma Benali ».");
        assertThat(peopleOfSite()).isEqualTo(3);
    }

    @Test
    void empty_required_fields_a_too_long_name_and_a_bad_number_are_refused_and_nothing_is_saved() {
        openAsAdmin();
        click("Nouvelle personne");
        _setValue(field("Nom complet"), "x".repeat(Person.NAME_MAX + 1));
        _setValue(field("E-mail"), "pas-une-adresse");
        click("Enregistrer");

        assertThat(field("Matricule").getErrorMessage()).isEqualTo("Obligatoire");
        assertThat(field("Nom complet").getErrorMessage()).isEqualTo("Au plus 120 caractères");
        assertThat(field("E-mail").getErrorMessage()).isEqualTo("Adresse e-mail invalide");

        _setValue(field("Matricule"), "A B");
        click("Enregistrer");
        assertThat(field("Matricule").getErrorMessage()).isEqualTo("Lettres, chiffres et . _ / - seulement");
        assertThat(notifications()).contains("Corrigez les champs signalés.");
        assertThat(peopleOfSite()).isEqualTo(2);
    }

    @Test
    void an_employee_number_already_used_at_the_site_is_refused_with_the_reason() {
        openAsAdmin();
        click("Nouvelle personne");
        String taken = testSite.agent().getEmployeeNumber();
        _setValue(field("Matricule"), taken);
        _setValue(field("Nom complet"), "Doublon");
        act(() -> click("Enregistrer"));

        assertThat(field("Matricule").isInvalid()).isTrue();
        assertThat(field("Matricule").getErrorMessage())
                .isEqualTo("Le matricule « " + taken + " » est déjà utilisé sur ce site.");
        assertThat(notifications()).isEmpty();
        assertThat(peopleOfSite()).isEqualTo(2);
    }

    @Test
    void a_name_with_markup_is_kept_and_shown_as_text() {
        openAsAdmin();
        click("Nouvelle personne");
        _setValue(field("Matricule"), "X-1");
        _setValue(field("Nom complet"), MARKUP);
        click("Enregistrer");

        assertThat(column(_get(Grid.class), "full-name")).contains(MARKUP);
    }

    @Test
    void editing_a_person_shows_the_stored_choices_and_keeps_what_was_changed() {
        openAsAdmin();
        _clickItem(_get(Grid.class), 1);
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Plateau d’attache")).getValue())
                .isEqualTo(testSite.floor1());
        _setValue(_get(Select.class, spec -> spec.withLabel("Mode de travail")), WorkMode.TELEWORK);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Actif")), false);
        click("Enregistrer");

        assertThat(_getFormattedRow(_get(Grid.class), 1)).endsWith("Télétravail", "Non");
    }

    @Test
    void a_team_lead_cannot_be_deleted_and_the_reason_is_shown() {
        openAsAdmin();
        deleteRow(_get(Grid.class), 0);

        assertThat(notifications()).containsExactly(testSite.lead().getFullName()
                + " supervise une équipe : choisissez d’abord un autre superviseur.");
        assertThat(peopleOfSite()).isEqualTo(2);
    }

    @Test
    void a_person_with_an_account_cannot_be_deleted_and_the_reason_is_shown() {
        openAsAdmin();
        deleteRow(_get(Grid.class), 1);

        assertThat(notifications()).containsExactly(testSite.agent().getFullName()
                + " a un compte : supprimez ou détachez d’abord le compte.");
        assertThat(peopleOfSite()).isEqualTo(2);
    }

    @Test
    void a_person_without_account_or_team_to_lead_is_deleted() {
        fixtures.person(testSite.site(), "N-200", "Zakaria Départ", null, null);
        openAsAdmin();
        deleteRow(_get(Grid.class), 2);

        assertThat(notifications()).containsExactly("Suppression effectuée : « Zakaria Départ ».");
        assertThat(peopleOfSite()).isEqualTo(2);
    }

    @Test
    void a_site_administrator_never_sees_the_people_or_teams_of_another_site() {
        TestSite other = fixtures.site();
        openAsAdmin();

        _assertNone(SiteSelect.class);
        assertThat(column(_get(Grid.class), "full-name")).containsExactly(testSite.lead().getFullName(),
                testSite.agent().getFullName()).doesNotContain(other.agent().getFullName());
        ComboBox<?> teams = _get(ComboBox.class, spec -> spec.withLabel("Équipe"));
        assertThat(getSuggestions(teams))
                .containsExactly(testSite.team().getName());
    }

    @Test
    void the_work_mode_is_shown_in_the_reader_s_language() {
        english();
        openAsAdmin();

        assertThat(column(_get(Grid.class), "work-mode")).containsExactly("On site", "On site");
    }

    @Test
    void an_agent_may_not_open_the_people_administration() {
        login(testSite.username(Role.AGENT));
        assertCannotOpen(PeopleView.class);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        UI.getCurrent().navigate(PeopleView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
