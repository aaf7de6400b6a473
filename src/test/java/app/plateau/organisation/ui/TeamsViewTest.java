package app.plateau.organisation.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.organisation.Person;
import app.plateau.organisation.Team;
import app.plateau.organisation.TeamService;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TeamsViewTest extends KaribuTest {

    @Autowired
    private TeamService teamService;
    private TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    private ComboBox<Person> leadBox() {
        return _get(ComboBox.class, spec -> spec.withLabel("Superviseur"));
    }

    private long teamsOfSite() {
        return teamService.count(testSite.site().getId(), "");
    }

    @Test
    void the_administrator_sees_the_teams_with_their_home_floor_and_lead() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(TeamsView.class);

        Grid<Team> grid = _get(Grid.class);
        assertThat(_getFormattedRow(grid, 0)).containsExactly(testSite.team().getName(), "Plateau 1",
                testSite.lead().getFullName());
    }

    @Test
    void a_new_team_gets_a_home_floor_and_a_lead_found_by_typing_and_is_listed() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(TeamsView.class);
        click("Nouvelle équipe");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), "Équipe Recouvrement");
        selectByLabel(_get(ComboBox.class, spec -> spec.withLabel("Plateau d’attache")), "Plateau 2");
        ComboBox<Person> lead = leadBox();
        // A site has thousands of people: the box must ask the service page by page, never hold them all.
        assertThat(lead.getDataProvider().isInMemory()).isFalse();
        setUserInput(lead, "youssef");
        assertThat(getSuggestions(lead)).containsExactly(testSite.agent().getFullName());
        selectByLabel(lead, testSite.agent().getFullName());
        click("Enregistrer");

        assertThat(notifications()).containsExactly("Enregistrement effectué : « Équipe Recouvrement ».");
        Grid<Team> grid = _get(Grid.class);
        assertThat(column(grid, "name")).contains("Équipe Recouvrement");
        assertThat(column(grid, "lead")).contains(testSite.agent().getFullName());
        assertThat(teamsOfSite()).isEqualTo(2);
    }

    @Test
    void an_empty_or_too_long_name_is_refused_and_nothing_is_saved() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(TeamsView.class);
        click("Nouvelle équipe");
        click("Enregistrer");
        TextField name = _get(TextField.class, spec -> spec.withLabel("Nom"));
        assertThat(name.getErrorMessage()).isEqualTo("Obligatoire");

        _setValue(name, "x".repeat(Team.NAME_MAX + 1));
        click("Enregistrer");
        assertThat(name.getErrorMessage()).isEqualTo("Au plus 80 caractères");
        assertThat(notifications()).contains("Corrigez les champs signalés.");
        assertThat(teamsOfSite()).isEqualTo(1);
    }

    @Test
    void a_name_taken_in_another_case_is_refused_with_the_reason_and_the_form_stays_open() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(TeamsView.class);
        click("Nouvelle équipe");
        String taken = testSite.team().getName().toUpperCase();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), taken);
        act(() -> click("Enregistrer"));

        TextField name = _get(TextField.class, spec -> spec.withLabel("Nom"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Une équipe s’appelle déjà « " + taken + " » sur ce site.");
        assertThat(notifications()).isEmpty();
        assertThat(name.getValue()).isEqualTo(taken);
        assertThat(teamsOfSite()).isEqualTo(1);
    }

    @Test
    void a_name_with_markup_is_kept_and_shown_as_text() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(TeamsView.class);
        click("Nouvelle équipe");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), "<b>x</b><script>alert(1)</script>");
        click("Enregistrer");

        assertThat(column(_get(Grid.class), "name")).contains("<b>x</b><script>alert(1)</script>");
    }

    @Test
    void a_team_that_still_has_members_cannot_be_deleted_and_the_reason_is_shown() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(TeamsView.class);
        deleteRow(_get(Grid.class), 0);

        assertThat(notifications()).containsExactly("L’équipe « " + testSite.team().getName()
                + " » a encore des membres : affectez-les ailleurs d’abord.");
        assertThat(teamsOfSite()).isEqualTo(1);
    }

    @Test
    void a_site_administrator_never_sees_the_teams_or_people_of_another_site() {
        TestSite other = fixtures.site();
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(TeamsView.class);

        _assertNone(SiteSelect.class);
        assertThat(column(_get(Grid.class), "name")).containsExactly(testSite.team().getName());
        click("Nouvelle équipe");
        ComboBox<Person> lead = leadBox();
        setUserInput(lead, "Nadia Lead");
        assertThat(getSuggestions(lead)).containsExactly(testSite.lead().getFullName())
                .doesNotContain(other.lead().getFullName());
    }

    @Test
    void an_agent_may_not_open_the_team_administration() {
        login(testSite.username(Role.AGENT));
        assertCannotOpen(TeamsView.class);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        UI.getCurrent().navigate(TeamsView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
