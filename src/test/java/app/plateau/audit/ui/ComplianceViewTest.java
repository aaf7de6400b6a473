package app.plateau.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.WorkMode;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.github.mvysny.kaributesting.v10.MockVaadin;
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

        assertThat(column(view.grid, "measure")).containsExactly("Tournées de vérification quotidienne des locaux",
                "Suivi du personnel présentant des symptômes", "Prise de température périodique",
                "Réunions remplacées par des conférences téléphoniques et des visioconférences",
                "Déplacements entre plateaux limités", "Plateaux fermés (désinfection…)",
                "Postes passés en télétravail (40 à 80 %)");
        // 3 of 5 people telework: 60 %, within the band.
        assertThat(_getCellComponent(view.grid, 6, "evidence").getElement().getTextRecursively())
                .contains("Part des postes en télétravail (un hybride compte pour moitié) : 60 %");
        assertThat(column(view.grid, "rule").get(6)).isEqualTo("Dans la fourchette de la charte");
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

    @Test
    void the_audit_pack_is_prepared_with_its_progress_and_then_offered_as_a_pdf_and_a_zip() {
        ComplianceView view = open(Role.AUDITOR);
        view.setExecutor(Runnable::run);
        assertThat(view.pdfLink.isVisible()).isFalse();

        _click(view.pack);
        MockVaadin.clientRoundtrip();

        assertThat(view.packStatus.getText()).isEqualTo("Le dossier d’audit est prêt.");
        assertThat(view.packProgress.isVisible()).isFalse();
        assertThat(view.pdfLink.isVisible()).isTrue();
        assertThat(view.pdfLink.getText()).isEqualTo("Dossier (PDF)");
        assertThat(view.zipLink.isVisible()).isTrue();
        assertThat(view.pack.isEnabled()).isTrue();
    }

    @Test
    void a_reversed_period_is_refused_with_its_message_and_no_pack_is_offered() {
        ComplianceView view = open(Role.SITE_MANAGER);
        view.setExecutor(Runnable::run);
        _setValue(view.from, view.to.getValue().plusDays(1));

        _click(view.pack);

        assertThat(notifications()).contains("Choisissez une période : la date de fin ne peut pas précéder la date de début.");
        assertThat(view.pdfLink.isVisible()).isFalse();
        assertThat(view.pack.isEnabled()).isTrue();
    }
}
