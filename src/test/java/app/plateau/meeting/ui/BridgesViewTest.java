package app.plateau.meeting.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.Signing;
import app.plateau.meeting.Bridge;
import app.plateau.meeting.BridgeService;
import app.plateau.meeting.MeetingDraft;
import app.plateau.meeting.MeetingFixtures;
import app.plateau.meeting.MeetingMode;
import app.plateau.meeting.MeetingService;
import app.plateau.meeting.Recurrence;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BridgesViewTest extends KaribuTest {

    @Autowired
    BridgeService bridges;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingFixtures meetingFixtures;
    TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    private BridgesView open() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate(BridgesView.class);
        return _get(BridgesView.class);
    }

    private void fill(String name, String dialIn, int capacity) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom")), name);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Numéro d’appel")), dialIn);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Lignes simultanées")), capacity);
    }

    @Test
    void the_administrator_adds_a_bridge_and_sees_it_listed() {
        BridgesView view = open();
        click("Nouveau pont");
        fill("Pont Casablanca 1", "+212 5 22 58 40 10", 30);
        act(() -> click("Enregistrer"));

        assertThat(notifications()).contains("Enregistrement effectué : « Pont Casablanca 1 ».");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).startsWith("Pont Casablanca 1", "+212 5 22 58 40 10", "30",
                "En service");
    }

    @Test
    void a_dial_in_that_is_not_a_number_is_marked_on_the_field_and_nothing_is_saved() {
        open();
        click("Nouveau pont");
        fill("Pont A", "appelez Karim", 30);
        act(() -> click("Enregistrer"));

        TextField dialIn = _get(TextField.class, spec -> spec.withLabel("Numéro d’appel"));
        assertThat(dialIn.isInvalid()).isTrue();
        assertThat(dialIn.getErrorMessage()).isEqualTo("« appelez Karim » n’est pas un numéro d’appel : de 6 à 30"
                + " chiffres, espaces et signes + . ( ) -.");
        assertThat(notifications()).containsExactly("Corrigez les champs signalés.");
        assertThat(bridges.count(testSite.site().getId())).isZero();
    }

    @Test
    void retiring_a_bridge_shows_it_retired() {
        BridgesView view = open();
        click("Nouveau pont");
        fill("Pont A", "+212 5 22 58 40 10", 30);
        act(() -> click("Enregistrer"));
        GridKt._clickItem(view.grid, 0);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("En service")), false);
        act(() -> click("Enregistrer"));

        assertThat(_getFormattedRow(view.grid, 0)).contains("Retiré du service");
    }

    @Test
    void lowering_the_capacity_below_a_coming_phone_meeting_is_refused_with_the_figures() {
        Bridge bridge = meetingFixtures.bridge(testSite, "Pont A", 30);
        LocalDate monday = LocalDate.now(testSite.site().zoneId()).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Signing.signIn(users, testSite.username(Role.TEAM_LEAD));
        Set<Long> people = Set.of(testSite.agent().getId(), meetingFixtures.member(testSite, "Salma").getId());
        meetings.book(new MeetingDraft("Point qualité", null, monday.atTime(9, 0), monday.atTime(9, 30),
                MeetingMode.PHONE, null, people, Set.of(), Recurrence.NONE, null, null, null, true));

        BridgesView view = open();
        GridKt._clickItem(view.grid, 0);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Lignes simultanées")), 2);
        act(() -> click("Enregistrer"));

        assertThat(notifications()).containsExactly("Le pont « Pont A » porte jusqu’à 3 lignes à la fois le "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.FRENCH).format(monday)
                + " à 09:00 : la capacité ne peut pas descendre à 2.");
        assertThat(bridges.get(bridge.getId()).getLineCapacity()).isEqualTo(30);
    }

    @Test
    void a_manager_may_not_open_the_bridges_and_anonymous_goes_to_login() {
        login(testSite.username(Role.SITE_MANAGER));
        assertCannotOpen(BridgesView.class);
        reset();
        UI.getCurrent().navigate(BridgesView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
