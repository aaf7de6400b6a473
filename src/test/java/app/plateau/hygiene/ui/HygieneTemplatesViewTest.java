package app.plateau.hygiene.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.hygiene.HygieneFixtures;
import app.plateau.hygiene.HygieneService;
import app.plateau.hygiene.HygieneTemplate;
import app.plateau.hygiene.RoundLine;
import app.plateau.organisation.Floor;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HygieneTemplatesViewTest extends KaribuTest {

    @Autowired
    private HygieneFixtures hygieneFixtures;
    @Autowired
    private HygieneService hygiene;
    private TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    @Test
    void the_health_officer_writes_a_template_and_schedules_it_on_a_floor() {
        LocalTime now = hygieneFixtures.aboutNoon(testSite);
        login(testSite.username(Role.HEALTH_OFFICER));
        UI.getCurrent().navigate(HygieneTemplatesView.class);
        String name = Fixtures.unique("Tournée du soir ");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom du modèle")), name);
        _setValue(_find(TextField.class, spec -> spec.withPlaceholder("Élément")).get(0), "Surfaces désinfectées");
        _setValue(_find(Checkbox.class).get(0), true);
        click("Ajouter un élément");
        _setValue(_find(TextField.class, spec -> spec.withPlaceholder("Élément")).get(1), "Poubelles vidées");
        act(() -> click("Enregistrer le modèle"));
        assertThat(notifications()).contains("Enregistrement effectué : « " + name + " ».");

        HygieneTemplate saved = hygiene.templates(testSite.site().getId()).stream()
                .filter(template -> template.getName().equals(name)).findFirst().orElseThrow();
        assertThat(saved.getItems()).extracting(item -> item.getLabel() + "/" + item.isCritical())
                .containsExactly("Surfaces désinfectées/true", "Poubelles vidées/false");

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Floor> floors = _get(MultiSelectComboBox.class);
        _setValue(floors, Set.of(floors.getListDataView().getItems()
                .filter(floor -> floor.getId().equals(testSite.floor2().getId())).findFirst().orElseThrow()));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Heures (chaque jour)")),
                now.minusMinutes(5) + ", " + now.plusHours(2));
        act(() -> click("Enregistrer les horaires"));

        assertThat(notifications()).contains("Horaires de « " + name + " » enregistrés.");
        List<RoundLine> today = hygiene.today(testSite.site().getId());
        assertThat(today).extracting(RoundLine::floorName, RoundLine::time).containsExactly(
                tuple(testSite.floor2().getName(), now.minusMinutes(5)),
                tuple(testSite.floor2().getName(), now.plusHours(2)));
    }

    @Test
    void the_first_template_opens_with_its_items_floors_and_times() {
        HygieneFixtures.Rounds rounds = hygieneFixtures.rounds(testSite);
        login(testSite.username(Role.HEALTH_OFFICER));
        UI.getCurrent().navigate(HygieneTemplatesView.class);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Nom du modèle")).getValue())
                .isEqualTo(rounds.template().getName());
        assertThat(_find(TextField.class, spec -> spec.withPlaceholder("Élément"))).hasSize(5);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Floor> floors = _get(MultiSelectComboBox.class);
        assertThat(floors.getValue()).extracting(Floor::getName).containsExactly(testSite.floor1().getName());
        List<RoundLine> floor1 = hygiene.today(testSite.site().getId()).stream()
                .filter(round -> round.floorId() == testSite.floor1().getId()).toList();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Heures (chaque jour)")).getValue())
                .isEqualTo(floor1.stream().map(round -> round.time().toString())
                        .collect(Collectors.joining(", ")));
    }

    @Test
    void unreadable_times_are_refused_with_an_example() {
        Fixtures.asSystem(() -> hygiene.saveTemplate(null, testSite.site().getId(), "Tournée standard",
                HygieneFixtures.standardItems()));
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(HygieneTemplatesView.class);
        @SuppressWarnings("unchecked")
        ComboBox<HygieneTemplate> picker = _get(ComboBox.class, spec -> spec.withLabel("Modèle"));
        _setValue(picker, picker.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Heures (chaque jour)")), "8h");
        act(() -> click("Enregistrer les horaires"));
        assertThat(notifications()).contains("Heures illisibles : « 8h ». Écrivez par exemple 08:00, 14:00.");
    }

    @Test
    void site_managers_and_auditors_may_not_open_the_templates() {
        for (Role role : List.of(Role.SITE_MANAGER, Role.AUDITOR, Role.AGENT)) {
            login(testSite.username(role));
            assertCannotOpen(HygieneTemplatesView.class);
        }
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        UI.getCurrent().navigate(HygieneTemplatesView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
