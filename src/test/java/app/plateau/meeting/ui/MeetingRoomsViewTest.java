package app.plateau.meeting.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.meeting.MeetingRoomService;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MeetingRoomsViewTest extends KaribuTest {

    @Autowired
    MeetingRoomService rooms;
    TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    private MeetingRoomsView open() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(MeetingRoomsView.class);
        return _get(MeetingRoomsView.class);
    }

    @Test
    void the_administrator_adds_a_room_with_its_sanitary_cap() {
        MeetingRoomsView view = open();
        click("Nouvelle salle");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), "Salle Atlas");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Jauge sanitaire")), 6);
        act(() -> click("Enregistrer"));

        assertThat(notifications()).contains("Enregistrement effectué : « Salle Atlas ».");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).startsWith("Salle Atlas", "6", "Proposée");
    }

    @Test
    void a_cap_below_one_is_marked_on_the_field_and_nothing_is_saved() {
        open();
        click("Nouvelle salle");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), "Salle Atlas");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Jauge sanitaire")), 0);
        act(() -> click("Enregistrer"));

        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Jauge sanitaire")).getErrorMessage())
                .isEqualTo("Au moins 1");
        assertThat(rooms.count(testSite.site().getId())).isZero();
    }

    @Test
    void a_second_room_of_the_same_name_is_refused_with_the_reason() {
        open();
        for (int i = 0; i < 2; i++) {
            click("Nouvelle salle");
            _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), "Salle Atlas");
            _setValue(_get(IntegerField.class, spec -> spec.withLabel("Jauge sanitaire")), 6);
            act(() -> click("Enregistrer"));
        }
        assertThat(notifications()).contains("Une salle s’appelle déjà « Salle Atlas » sur ce site.");
        assertThat(rooms.count(testSite.site().getId())).isEqualTo(1);
    }

    @Test
    void an_auditor_may_not_open_the_rooms_and_anonymous_goes_to_login() {
        login(testSite.username(Role.AUDITOR));
        assertCannotOpen(MeetingRoomsView.class);
        reset();
        UI.getCurrent().navigate(MeetingRoomsView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
