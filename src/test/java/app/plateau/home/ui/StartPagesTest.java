package app.plateau.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StartPagesTest extends KaribuTest {

    private TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        UI.getCurrent().navigate(ManagerStartView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void each_role_lands_on_its_own_start_page() {
        Map<Role, Class<?>> expected = Map.of(
                Role.AGENT, AgentStartView.class,
                Role.TEAM_LEAD, TeamLeadStartView.class,
                Role.SITE_MANAGER, ManagerStartView.class,
                Role.HEALTH_OFFICER, HealthStartView.class,
                Role.AUDITOR, AuditorStartView.class,
                Role.ADMIN, AdminStartView.class);
        expected.forEach((role, view) -> {
            MockVaadin.tearDown();
            reset();
            login(testSite.username(role));
            UI.getCurrent().navigate("");
            assertThat(UI.getCurrent().getCurrentView()).as(role.name()).isInstanceOf(view);
        });
    }

    @Test
    void the_manager_sees_a_french_welcome_and_only_the_navigation_of_the_role() {
        login(testSite.username(Role.SITE_MANAGER));
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class).getText()).isEqualTo("Bienvenue, responsable de site");
        List<String> navigation = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(navigation).contains("Accueil responsable").doesNotContain("Sites", "Comptes", "Accueil agent");
    }

    @Test
    void the_administrator_sees_the_administration_navigation() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate("");
        List<String> navigation = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(navigation).contains("Accueil administration");
    }

    @Test
    void an_agent_may_not_open_the_managers_start_page() {
        login(testSite.username(Role.AGENT));
        assertCannotOpen(ManagerStartView.class);
    }
}
