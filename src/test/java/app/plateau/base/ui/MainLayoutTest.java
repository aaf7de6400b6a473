package app.plateau.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends KaribuTest {

    private TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    @Test
    void a_global_administrator_sees_work_groups_without_the_entries_that_need_a_site_or_a_person() {
        login(fixtures.globalAdmin());
        UI.getCurrent().navigate("");

        Map<String, List<String>> groups = groups();
        assertThat(groups.keySet()).containsExactly("", "Plateaux et déplacements", "Santé et hygiène",
                "Administration");
        assertThat(groups.get("")).containsExactly("Accueil administration");
        assertThat(groups.get("Plateaux et déplacements"))
                .containsExactly("Tableau d’occupation", "Historique des mouvements");
        assertThat(groups.get("Administration")).containsExactly("Sites", "Plateaux", "Équipes", "Personnel",
                "Comptes", "Import du personnel", "Appareils", "Ponts téléphoniques", "Salles de réunion");
        assertThat(groups.values().stream().flatMap(List::stream))
                .doesNotContain("Demandes de déplacement", "Mes réunions", "Réunions de l’équipe");
    }

    @Test
    void a_site_administrator_also_has_the_site_inbox_and_team_meetings() {
        login(testSite.username(Role.ADMIN));
        UI.getCurrent().navigate("");

        Map<String, List<String>> groups = groups();
        assertThat(groups.keySet()).containsExactly("", "Plateaux et déplacements", "Réunions", "Santé et hygiène",
                "Administration");
        assertThat(groups.get("Plateaux et déplacements"))
                .containsExactly("Demandes de déplacement", "Tableau d’occupation", "Historique des mouvements");
        // The account is no one on the floors: it has no meetings of its own.
        assertThat(groups.get("Réunions")).containsExactly("Réunions de l’équipe");
    }

    @Test
    void an_agent_sees_their_floor_and_their_meetings() {
        login(testSite.username(Role.AGENT));
        UI.getCurrent().navigate("");

        Map<String, List<String>> groups = groups();
        assertThat(groups.keySet()).containsExactly("", "Plateaux et déplacements", "Réunions");
        assertThat(groups.get("Plateaux et déplacements")).containsExactly("Mon plateau", "Historique des mouvements");
        assertThat(groups.get("Réunions")).containsExactly("Mes réunions");
    }

    @Test
    void a_team_lead_sees_meetings_and_the_follow_up_of_their_team() {
        login(testSite.username(Role.TEAM_LEAD));
        UI.getCurrent().navigate("");

        Map<String, List<String>> groups = groups();
        assertThat(groups.keySet()).containsExactly("", "Plateaux et déplacements", "Réunions", "Santé et hygiène");
        assertThat(groups.get("Réunions")).containsExactly("Mes réunions", "Réunions de l’équipe");
        assertThat(groups.get("Santé et hygiène")).containsExactly("Suivi des symptômes");
    }

    @Test
    void an_auditor_finds_the_compliance_under_audit_and_the_groups_speak_english_in_english() {
        english();
        login(testSite.username(Role.AUDITOR));
        UI.getCurrent().navigate("");

        Map<String, List<String>> groups = groups();
        assertThat(groups.keySet()).containsExactly("", "Floors and moves", "Meetings", "Health and hygiene",
                "Audit");
        assertThat(groups.get("Audit")).containsExactly("Charter compliance");
    }

    @Test
    void every_entry_of_every_role_has_an_icon_of_the_icon_set() {
        // Each role in turn: the health officer's "Contrôles de température" once showed no icon,
        // its name not being one of the set, and only that role sees it.
        for (Role role : Role.values()) {
            reset();
            login(testSite.username(role));
            UI.getCurrent().navigate("");

            assertThat(_find(SideNavItem.class)).as(role.name()).isNotEmpty().allSatisfy(item -> {
                assertThat(item.getPrefixComponent()).as(item.getLabel()).isNotNull();
                String icon = item.getPrefixComponent().getElement().getAttribute("icon");
                assertThat(icon).as(item.getLabel()).startsWith("vaadin:");
                String name = icon.substring("vaadin:".length()).toUpperCase(Locale.ROOT).replace('-', '_');
                assertThat(VaadinIcon.values()).as(item.getLabel() + ": " + icon)
                        .anyMatch(known -> known.name().equals(name));
            });
        }
    }

    @Test
    void the_avatar_shows_at_most_two_initials() {
        login(testSite.username(Role.TEAM_LEAD));
        UI.getCurrent().navigate("");

        assertThat(_get(Avatar.class).getAbbreviation()).isEqualTo("NT");
        assertThat(MainLayout.initials("Fatima Zahra El Idrissi")).isEqualTo("FI");
        assertThat(MainLayout.initials("Jean-Marc")).isEqualTo("JM");
        assertThat(MainLayout.initials("Inès")).isEqualTo("I");
    }

    /** Each side-navigation list by its label ("" for the start page above the groups), in page order. */
    private static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (SideNav nav : _find(SideNav.class)) {
            groups.put(nav.getLabel() == null ? "" : nav.getLabel(),
                    nav.getItems().stream().map(SideNavItem::getLabel).toList());
        }
        return groups;
    }
}
