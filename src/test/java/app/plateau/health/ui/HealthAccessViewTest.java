package app.plateau.health.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.security.Role;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The health officer sees who read the site's health data, and when. */
class HealthAccessViewTest extends KaribuTest {

    @Test
    void opening_the_checks_shows_as_reads_in_the_access_log() {
        TestSite testSite = fixtures.site();
        login(testSite.username(Role.HEALTH_OFFICER));
        UI.getCurrent().navigate(HealthChecksView.class);

        UI.getCurrent().navigate(HealthAccessView.class);
        HealthAccessView view = _get(HealthAccessView.class);

        assertThat(column(view.grid, "action")).containsOnly("Lecture").hasSize(2);
        assertThat(column(view.grid, "reader")).containsOnly("HEALTH_OFFICER "
                + testSite.username(Role.HEALTH_OFFICER).replace("-health", ""));
    }

    @Test
    void only_the_health_officer_may_open_the_access_log() {
        TestSite testSite = fixtures.site();
        for (Role role : List.of(Role.AUDITOR, Role.TEAM_LEAD, Role.AGENT, Role.SITE_MANAGER)) {
            reset();
            login(testSite.username(role));
            assertCannotOpen(HealthAccessView.class);
        }
    }
}
