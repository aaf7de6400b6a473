package app.plateau.organisation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.base.ui.FilterField;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SitesViewTest extends KaribuTest {

    @Autowired
    private SiteService siteService;
    private TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    @Test
    void a_site_administrator_sees_only_their_own_site_and_may_neither_create_nor_delete_one() {
        fixtures.site();
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(SitesView.class);

        Grid<Site> grid = _get(Grid.class);
        assertThat(column(grid, "name")).containsExactly(testSite.site().getName());
        assertThat(column(grid, "time-zone")).containsExactly("Africa/Casablanca");
        _assertNone(Button.class, spec -> spec.withText("Nouveau site"));
        _clickItem(grid, 0);
        _assertNone(Button.class, spec -> spec.withText("Supprimer"));
    }

    @Test
    void a_site_administrator_renames_their_site() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(SitesView.class);
        _clickItem(_get(Grid.class), 0);
        String name = Fixtures.unique("Renamed ");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), name);
        click("Enregistrer");

        assertThat(notifications()).containsExactly("Enregistrement effectué : « " + name + " ».");
        assertThat(column(_get(Grid.class), "name")).containsExactly(name);
    }

    @Test
    void a_global_administrator_creates_a_site_in_casablanca_time_unless_told_otherwise() {
        login(fixtures.globalAdmin());
        UI.getCurrent().navigate(SitesView.class);
        String name = Fixtures.unique("Site Fès ");
        click("Nouveau site");
        ComboBox<String> timeZone = _get(ComboBox.class, spec -> spec.withLabel("Fuseau horaire"));
        assertThat(timeZone.getValue()).isEqualTo("Africa/Casablanca");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), name);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Ville")), "Fès");
        _setValue(timeZone, "Europe/Paris");
        click("Enregistrer");

        assertThat(notifications()).containsExactly("Enregistrement effectué : « " + name + " ».");
        _setValue(_get(FilterField.class), name);
        Grid<Site> grid = _get(Grid.class);
        assertThat(column(grid, "name")).containsExactly(name);
        assertThat(column(grid, "city")).containsExactly("Fès");
        assertThat(column(grid, "time-zone")).containsExactly("Europe/Paris");
    }

    @Test
    void an_empty_name_and_a_too_long_city_are_refused_and_nothing_is_saved() {
        login(fixtures.globalAdmin());
        UI.getCurrent().navigate(SitesView.class);
        long before = siteService.count("");
        click("Nouveau site");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Ville")), "x".repeat(Site.CITY_MAX + 1));
        click("Enregistrer");

        assertThat(_get(TextField.class, spec -> spec.withLabel("Nom")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Ville")).getErrorMessage())
                .isEqualTo("Au plus 100 caractères");
        assertThat(notifications()).containsExactly("Corrigez les champs signalés.");
        assertThat(siteService.count("")).isEqualTo(before);
    }

    @Test
    void working_period_starts_that_are_not_times_are_flagged_on_their_field_and_good_ones_are_saved_in_order() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(SitesView.class);
        _clickItem(_get(Grid.class), 0);
        TextField starts = _get(TextField.class, spec -> spec.withLabel("Débuts des périodes de travail"));
        _setValue(starts, "06:00 25:00");
        click("Enregistrer");

        assertThat(starts.isInvalid()).isTrue();
        assertThat(starts.getErrorMessage()).isEqualTo("« 25:00 » n’est pas une heure : écrivez-la comme 06:00 ou 22:30.");
        assertThat(siteService.get(testSite.site().getId()).getPeriodStarts()).isEmpty();

        _setValue(starts, "22:00, 6:00 14h00");
        click("Enregistrer");
        assertThat(notifications()).contains("Enregistrement effectué : « " + testSite.site().getName() + " ».");
        assertThat(siteService.get(testSite.site().getId()).getPeriodStarts()).isEqualTo("06:00 14:00 22:00");
    }

    @Test
    void a_name_with_markup_is_kept_and_shown_as_text() {
        login(fixtures.globalAdmin());
        UI.getCurrent().navigate(SitesView.class);
        String name = Fixtures.unique("<b>x</b><script>alert(1)</script>");
        click("Nouveau site");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), name);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Ville")), "Tanger");
        click("Enregistrer");

        _setValue(_get(FilterField.class), name);
        assertThat(column(_get(Grid.class), "name")).containsExactly(name);
    }

    @Test
    void a_site_that_still_has_floors_cannot_be_deleted_and_the_reason_is_shown() {
        login(fixtures.globalAdmin());
        UI.getCurrent().navigate(SitesView.class);
        String name = testSite.site().getName();
        _setValue(_get(FilterField.class), name);
        deleteRow(_get(Grid.class), 0);

        assertThat(notifications()).containsExactly("Le site « " + name
                + " » a encore des plateaux, des équipes ou du personnel : supprimez-les d’abord.");
        assertThat(siteService.count(name)).isEqualTo(1);
    }

    @Test
    void a_manager_may_not_open_the_site_administration() {
        login(testSite.username(Role.SITE_MANAGER));
        assertCannotOpen(SitesView.class);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        UI.getCurrent().navigate(SitesView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
