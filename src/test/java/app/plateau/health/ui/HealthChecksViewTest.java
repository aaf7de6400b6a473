package app.plateau.health.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.health.CheckResult;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
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
        _setValue(view.temperature, new BigDecimal("38.6"));
        act(() -> click("Enregistrer le contrôle"));

        assertThat(column(view.today, "temperature")).containsExactly("38.6 °C");
        assertThat(column(view.blocked, "person")).containsExactly(testSite.agent().getFullName());
        assertThat(column(view.blocked, "reason")).containsExactly("Température au-dessus du seuil");
        assertThat(column(view.blocked, "until")).containsExactly("Jusqu’à levée du blocage");

        act(() -> _click((Button) GridKt._getCellComponent(view.blocked, 0, "lift")));
        assertThat(notifications()).contains("Blocage levé pour " + testSite.agent().getFullName() + ".");
        assertThat(column(view.blocked, "person")).isEmpty();
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
