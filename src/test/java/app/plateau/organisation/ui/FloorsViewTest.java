package app.plateau.organisation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FloorsViewTest extends KaribuTest {

    @Autowired
    private FloorService floorService;
    private TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    @Test
    void the_administrator_sees_the_floors_of_the_site_with_their_caps() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(FloorsView.class);
        Grid<Floor> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith("Plateau 1", "1", "40", "20");
    }

    @Test
    void a_new_floor_is_saved_and_listed() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(FloorsView.class);
        _click(_get(Button.class, spec -> spec.withText("Nouveau plateau")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), "Plateau 3");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Niveau")), 3);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Positions")), 50);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Jauge sanitaire")), 25);
        _click(_get(Button.class, spec -> spec.withText("Enregistrer")));

        expectNotifications("Enregistrement effectué : « Plateau 3 ».");
        assertThat(_size(_get(Grid.class))).isEqualTo(3);
    }

    @Test
    void a_cap_above_the_positions_is_refused_with_the_reason_and_nothing_is_saved() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(FloorsView.class);
        _click(_get(Button.class, spec -> spec.withText("Nouveau plateau")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), "Plateau 9");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Niveau")), 9);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Positions")), 30);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Jauge sanitaire")), 31);
        _click(_get(Button.class, spec -> spec.withText("Enregistrer")));

        IntegerField cap = _get(IntegerField.class, spec -> spec.withLabel("Jauge sanitaire"));
        assertThat(cap.isInvalid()).isTrue();
        assertThat(cap.getErrorMessage())
                .isEqualTo("La jauge sanitaire (31) ne peut pas dépasser le nombre de positions (30).");
        assertThat(floorService.count(testSite.site().getId(), "")).isEqualTo(2);
    }

    @Test
    void a_name_already_used_on_the_site_is_shown_under_the_name_and_the_form_stays_open() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(FloorsView.class);
        _click(_get(Button.class, spec -> spec.withText("Nouveau plateau")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), "Plateau 2");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Niveau")), 5);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Positions")), 30);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Jauge sanitaire")), 10);
        act(() -> _click(_get(Button.class, spec -> spec.withText("Enregistrer"))));

        TextField name = _get(TextField.class, spec -> spec.withLabel("Nom"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("Plateau 2");
        assertThat(notifications()).isEmpty();
        assertThat(floorService.count(testSite.site().getId(), "")).isEqualTo(2);

        _setValue(name, "Plateau 5");
        assertThat(name.isInvalid()).isFalse();
        act(() -> _click(_get(Button.class, spec -> spec.withText("Enregistrer"))));
        assertThat(floorService.count(testSite.site().getId(), "")).isEqualTo(3);
    }

    @Test
    void bad_input_is_refused_field_by_field() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(FloorsView.class);
        _click(_get(Button.class, spec -> spec.withText("Nouveau plateau")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), "x".repeat(Floor.NAME_MAX + 1));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Niveau")), 500);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Positions")), -4);
        _click(_get(Button.class, spec -> spec.withText("Enregistrer")));

        TextField name = _get(TextField.class, spec -> spec.withLabel("Nom"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isNotBlank();
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Niveau")).getErrorMessage())
                .isEqualTo("Au plus 200");
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Positions")).getErrorMessage())
                .isEqualTo("Au moins 0");
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Jauge sanitaire")).isInvalid()).isTrue();
        assertThat(notifications()).containsExactly("Corrigez les champs signalés.");
        assertThat(floorService.count(testSite.site().getId(), "")).isEqualTo(2);
    }

    @Test
    void a_name_with_markup_is_kept_and_shown_as_text() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(FloorsView.class);
        _click(_get(Button.class, spec -> spec.withText("Nouveau plateau")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), "<script>alert(1)</script>");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Niveau")), 4);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Positions")), 10);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Jauge sanitaire")), 5);
        _click(_get(Button.class, spec -> spec.withText("Enregistrer")));

        Grid<Floor> grid = _get(Grid.class);
        List<String> names = IntStream.range(0, _size(grid))
                .mapToObj(row -> _getFormatted(grid, row, "name")).toList();
        assertThat(names).contains("<script>alert(1)</script>");
    }

    @Test
    void a_floor_still_home_to_a_team_cannot_be_deleted() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(FloorsView.class);
        Grid<Floor> grid = _get(Grid.class);
        GridKt._clickItem(grid, 0);
        _click(_get(Button.class, spec -> spec.withText("Supprimer")));
        act(() -> _fireConfirm(_get(ConfirmDialog.class)));

        assertThat(notifications())
                .containsExactly("Le plateau « Plateau 1 » est encore le plateau d’attache d’équipes ou de personnes.");
        assertThat(floorService.count(testSite.site().getId(), "")).isEqualTo(2);
    }

    @Test
    void a_manager_may_not_open_the_floor_administration() {
        login(testSite.username(Role.SITE_MANAGER));
        assertCannotOpen(FloorsView.class);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        UI.getCurrent().navigate(FloorsView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
