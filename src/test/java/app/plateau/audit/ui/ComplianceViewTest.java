package app.plateau.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.WorkMode;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ComplianceViewTest extends KaribuTest {

    @Autowired
    PersonService people;

    TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    private ComplianceView open(Role role) {
        login(testSite.username(role));
        UI.getCurrent().navigate(ComplianceView.class);
        return _get(ComplianceView.class);
    }

    @Test
    void an_auditor_reads_one_row_per_measure_with_its_figures_and_the_telework_band() {
        for (String name : new String[] {"Télé Un", "Télé Deux", "Télé Trois"}) {
            Person person = fixtures.person(testSite.site(), Fixtures.unique("W"), name, testSite.team(),
                    testSite.floor1());
            Fixtures.asSystem(() -> {
                person.setWorkMode(WorkMode.TELEWORK);
                return people.save(person);
            });
        }
        ComplianceView view = open(Role.AUDITOR);

        assertThat(column(view.grid, "measure")).containsExactly(
                "Réunions remplacées par des conférences téléphoniques et des visioconférences",
                "Déplacements entre plateaux limités", "Plateaux fermés (désinfection…)",
                "Postes passés en télétravail (40 à 80 %)");
        // 3 of 5 people telework: 60 %, within the band.
        assertThat(_getCellComponent(view.grid, 3, "evidence").getElement().getTextRecursively())
                .contains("Part des postes en télétravail (un hybride compte pour moitié) : 60 %");
        assertThat(column(view.grid, "rule").get(3)).isEqualTo("Dans la fourchette de la charte");
        assertThat(view.heading.getText()).startsWith(testSite.site().getName() + ", du ");
    }

    @Test
    void a_site_manager_opens_it_and_other_roles_and_anonymous_do_not() {
        assertThat(open(Role.SITE_MANAGER)).isNotNull();
        for (Role role : new Role[] {Role.AGENT, Role.TEAM_LEAD, Role.HEALTH_OFFICER}) {
            reset();
            login(testSite.username(role));
            assertCannotOpen(ComplianceView.class);
        }
        reset();
        UI.getCurrent().navigate(ComplianceView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
