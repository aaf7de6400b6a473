package app.plateau.health.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.health.CheckResult;
import app.plateau.organisation.Person;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The health officer records temperature checks and lifts the blocks they put on check-in. */
class HealthChecksViewTest extends KaribuTest {

    TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    private HealthChecksView openAsOfficer() {
        login(testSite.username(Role.HEALTH_OFFICER));
        UI.getCurrent().navigate(HealthChecksView.class);
        return _get(HealthChecksView.class);
    }

    @Test
    void a_cleared_check_is_listed_for_the_day_without_a_value_and_blocks_no_one() {
        HealthChecksView view = openAsOfficer();
        assertThat(view.temperature.isVisible()).isFalse();

        _setValue(view.person, testSite.agent());
        act(() -> click("Enregistrer le contrôle"));

        assertThat(notifications()).contains("Contrôle de " + testSite.agent().getFullName() + " enregistré.");
        assertThat(column(view.today, "person")).containsExactly(testSite.agent().getFullName());
        assertThat(column(view.today, "result")).containsExactly("Sans anomalie");
        assertThat(column(view.today, "temperature")).containsExactly("");
        assertThat(column(view.blocked, "person")).isEmpty();
    }

    @Test
    void a_check_above_the_threshold_lists_the_person_as_blocked_until_the_block_is_lifted() {
        HealthChecksView view = openAsOfficer();

        _setValue(view.person, testSite.agent());
        _setValue(view.result, CheckResult.ABOVE_THRESHOLD);
        assertThat(view.temperature.isVisible()).isTrue();
        _setValue(view.temperature, "38,6");
        act(() -> click("Enregistrer le contrôle"));

        assertThat(column(view.today, "temperature")).containsExactly("38,6 °C");
        assertThat(column(view.blocked, "person")).containsExactly(testSite.agent().getFullName());
        assertThat(column(view.blocked, "reason")).containsExactly("Température au-dessus du seuil");
        assertThat(column(view.blocked, "until")).containsExactly("Jusqu’à levée du blocage");

        act(() -> _click((Button) GridKt._getCellComponent(view.blocked, 0, "lift")));
        assertThat(notifications()).contains("Blocage levé pour " + testSite.agent().getFullName() + ".");
        assertThat(column(view.blocked, "person")).isEmpty();
    }

    @Test
    @Tag("security")
    void in_french_a_temperature_typed_with_a_comma_or_a_dot_is_saved_as_typed_and_shown_with_a_comma() {
        assertThat(typedBothWays()).containsExactly("38,6 °C", "38,6 °C");
    }

    @Test
    @Tag("security")
    void in_english_a_temperature_typed_with_a_comma_or_a_dot_is_saved_as_typed_and_shown_with_a_dot() {
        english();
        assertThat(typedBothWays()).containsExactly("38.6 °C", "38.6 °C");
    }

    /** Records 38.6 typed with a dot for the agent, with a comma for the lead: the temperatures shown. */
    private List<String> typedBothWays() {
        HealthChecksView view = openAsOfficer();
        record(view, testSite.lead(), "38,6");
        record(view, testSite.agent(), "38.6");
        return column(view.today, "temperature");
    }

    @Test
    @Tag("security")
    void a_temperature_that_is_unreadable_implausible_or_finer_than_a_tenth_is_refused_with_a_clear_message() {
        HealthChecksView view = openAsOfficer();

        record(view, testSite.agent(), "37,85");
        assertThat(notifications()).contains(
                "37,85 °C : notez la température au dixième de degré, par exemple 38,6.");
        record(view, testSite.agent(), "1000");
        assertThat(notifications()).contains(
                "1000 °C n’est pas une température plausible : elle doit être comprise entre 34,0 et 43,0 °C.");
        record(view, testSite.agent(), "38,6,1");
        assertThat(notifications()).contains("« 38,6,1 » n’est pas une température : tapez par exemple 38,6.");

        assertThat(column(view.today, "person")).isEmpty();
        assertThat(column(view.blocked, "person")).isEmpty();
    }

    /** Picks the person, "above the threshold", types the value as a browser sends it, and saves. */
    private void record(HealthChecksView view, Person person, String typed) {
        _setValue(view.person, person);
        _setValue(view.result, CheckResult.ABOVE_THRESHOLD);
        view.temperature.getElement().setProperty("value", typed);
        act(() -> click(t("health.check.save")));
    }

    @Test
    void an_auditor_a_team_lead_and_an_agent_may_not_open_the_checks_and_anonymous_goes_to_login() {
        for (Role role : List.of(Role.AUDITOR, Role.TEAM_LEAD, Role.AGENT, Role.SITE_MANAGER)) {
            reset();
            login(testSite.username(role));
            assertCannotOpen(HealthChecksView.class);
        }
        reset();
        UI.getCurrent().navigate(HealthChecksView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
