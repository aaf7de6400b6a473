package app.plateau.occupancy.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.base.Dates;
import app.plateau.base.DomainException;
import app.plateau.occupancy.Device;
import app.plateau.occupancy.DeviceDraft;
import app.plateau.occupancy.DeviceKind;
import app.plateau.occupancy.DeviceService;
import app.plateau.occupancy.NewDevice;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DevicesViewTest extends KaribuTest {

    @Autowired
    private DeviceService devices;
    private TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    @SuppressWarnings("unchecked")
    private Grid<Device> grid() {
        return _get(Grid.class);
    }

    private long count() {
        return Fixtures.asSystem(() -> devices.count(testSite.site().getId()));
    }

    @Test
    void the_administrator_creates_a_display_and_is_shown_its_token_and_link_once() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(DevicesView.class);
        click("Nouvel appareil");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), "Écran Plateau 1");
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Type")), DeviceKind.ENTRANCE_DISPLAY);
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Plateau")), testSite.floor1());
        click("Créer");

        String token = _get(TextField.class, spec -> spec.withLabel("Jeton")).getValue();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Adresse de l’écran")).getValue())
                .endsWith("/kiosk/" + token);
        assertThat(Fixtures.asSystem(() -> devices.authenticate(token)).floorId())
                .isEqualTo(testSite.floor1().getId());

        click("Fermer");
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(column(grid(), "name")).containsExactly("Écran Plateau 1");
        assertThat(column(grid(), "kind")).containsExactly("Écran d’entrée");
        assertThat(column(grid(), "floor")).containsExactly("Plateau 1");
        assertThat(column(grid(), "last-seen")).containsExactly("Jamais");
        assertThat(column(grid(), "status")).containsExactly("Actif");
    }

    @Test
    void a_badge_reader_without_a_floor_is_refused_with_the_reason_and_nothing_is_saved() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(DevicesView.class);
        click("Nouvel appareil");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), "Badgeuse");
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Type")), DeviceKind.BADGE_READER);
        act(() -> click("Créer"));

        assertThat(notifications()).containsExactly("Un appareil de type « Badgeuse » doit être rattaché à un plateau.");
        assertThat(count()).isZero();
    }

    @Test
    void revoking_asks_for_confirmation_then_the_token_no_longer_works() {
        NewDevice created = Fixtures.asSystem(() -> devices.create(new DeviceDraft(testSite.site().getId(),
                "Badgeuse P2", DeviceKind.BADGE_READER, testSite.floor2().getId())));
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(DevicesView.class);

        _click((Button) _getCellComponent(grid(), 0, "actions"));
        assertThat(_get(ConfirmDialog.class).getElement().getProperty("header"))
                .isEqualTo("Révoquer « Badgeuse P2 » ?");
        act(() -> _fireConfirm(_get(ConfirmDialog.class)));

        assertThat(notifications()).containsExactly("« Badgeuse P2 » est révoqué.");
        assertThat(column(grid(), "status")).singleElement().asString().startsWith("Révoqué le ");
        assertThat(_getCellComponent(grid(), 0, "actions").isVisible()).isFalse();
        assertThatThrownBy(() -> devices.authenticate(created.token())).isInstanceOf(DomainException.class);
    }

    @Test
    void the_revocation_time_reads_day_first_on_a_24_hour_clock_in_english_too() {
        NewDevice created = Fixtures.asSystem(() -> devices.create(new DeviceDraft(testSite.site().getId(),
                "Badgeuse P3", DeviceKind.BADGE_READER, testSite.floor2().getId())));
        Fixtures.asSystem(() -> devices.revoke(created.device().getId()));
        english();
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(DevicesView.class);

        assertThat(column(grid(), "status")).singleElement().asString()
                .matches("Revoked on \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    }

    @Test
    void an_agent_may_not_open_the_devices() {
        login(testSite.username(Role.AGENT));
        assertCannotOpen(DevicesView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_site_manager_creates_a_wall_screen_with_no_floor_and_is_shown_its_link_and_lifetime() {
        login(testSite.username(Role.SITE_MANAGER));
        UI.getCurrent().navigate(DevicesView.class);
        click("Nouvel appareil");
        ComboBox<DeviceKind> kind = _get(ComboBox.class, spec -> spec.withLabel("Type"));
        assertThat(kind.getListDataView().getItems()).containsExactly(DeviceKind.WALL_DISPLAY);
        assertThat(kind.getValue()).isEqualTo(DeviceKind.WALL_DISPLAY);
        assertThat(_find(ComboBox.class, spec -> spec.withLabel("Plateau"))).as("visible floor fields").isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), "Mur de la salle des managers");
        click("Créer");

        String token = _get(TextField.class, spec -> spec.withLabel("Jeton")).getValue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Adresse de l’écran mural")).getValue())
                .endsWith("/wall/" + token);
        click("Fermer");
        assertThat(column(grid(), "kind")).containsExactly("Écran mural du tableau");
        assertThat(column(grid(), "floor")).containsExactly("—");
        String expiry = Dates.date(Locale.FRENCH, LocalDate.now(ZoneId.of("Africa/Casablanca")).plusDays(365));
        assertThat(column(grid(), "status")).containsExactly("Actif jusqu’au " + expiry);
    }

    @Test
    void a_site_manager_sees_the_sites_other_devices_but_may_not_revoke_them() {
        Fixtures.asSystem(() -> devices.create(new DeviceDraft(testSite.site().getId(), "Écran P1",
                DeviceKind.ENTRANCE_DISPLAY, testSite.floor1().getId())));
        login(testSite.username(Role.SITE_MANAGER));
        UI.getCurrent().navigate(DevicesView.class);

        assertThat(column(grid(), "name")).containsExactly("Écran P1");
        assertThat(_getCellComponent(grid(), 0, "actions").isVisible()).isFalse();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        UI.getCurrent().navigate(DevicesView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
