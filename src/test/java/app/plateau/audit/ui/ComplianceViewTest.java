package app.plateau.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.hygiene.Answer;
import app.plateau.hygiene.HygieneFixtures;
import app.plateau.hygiene.HygieneFixtures.Rounds;
import app.plateau.hygiene.HygieneService;
import app.plateau.hygiene.RoundStatus;
import app.plateau.organisation.Person;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.WorkMode;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ComplianceViewTest extends KaribuTest {

    @Autowired
    PersonService people;
    @Autowired
    HygieneFixtures hygieneFixtures;
    @Autowired
    HygieneService hygiene;
    @Autowired
    SiteService sites;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

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

    private static String rule(ComplianceView view, int row) {
        return _getCellComponent(view.grid, row, "rule").getElement().getTextRecursively();
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
        assertThat(rule(view, 6)).contains("Entre 40 % et 80 % des postes passent en télétravail.",
                "Respectée");
        // Each figure is its own line, not one run of text.
        assertThat(_getCellComponent(view.grid, 6, "evidence").getChildren().map(line -> line.getElement().getTextRecursively()))
                .containsExactly("Personnes sur site : 2", "Personnes en mode hybride : 0",
                        "Personnes en télétravail : 3",
                        "Part des postes en télétravail (un hybride compte pour moitié) : 60 %");
        // Every measure says its rule, not only telework.
        assertThat(IntStream.range(0, 7).mapToObj(row -> rule(view, row))).allMatch(rule -> rule.length() > 20);
        assertThat(rule(view, 0)).contains("Chaque tournée prévue est faite");
        assertThat(view.flags.isVisible()).isFalse();
        assertThat(view.heading.getText()).startsWith(testSite.site().getName() + ", du ");
    }

    @Test
    void a_missed_round_an_open_critical_failure_and_an_overdue_action_are_flagged_out_of_bounds() {
        Rounds rounds = hygieneFixtures.rounds(testSite);
        LocalDate today = LocalDate.now(clock.withZone(Fixtures.asSystem(() -> sites.get(testSite.site().getId()))
                .zoneId()));
        List<Answer> answers = new ArrayList<>(HygieneFixtures.allPass());
        answers.set(1, Answer.fail("Distributeur de gel vide", "Remplir le distributeur", testSite.agent().getId(), today));
        login(testSite.username(Role.HEALTH_OFFICER));
        hygiene.complete(rounds.get(RoundStatus.DUE).id(), answers);
        jdbc.update("UPDATE corrective_action SET deadline = ? WHERE round_id = ?", today.minusDays(1),
                rounds.get(RoundStatus.DUE).id());

        ComplianceView view = open(Role.AUDITOR);

        String evidence = _getCellComponent(view.grid, 0, "evidence").getElement().getTextRecursively();
        assertThat(evidence).contains("Tournées manquées : 1Hors limites", "dont critiques : 1Hors limites",
                "Actions correctives en retard : 1Hors limites", "Tournées faites à l’heure : 1");
        assertThat(evidence).doesNotContain("à l’heure : 1Hors limites");
        assertThat(rule(view, 0)).endsWith("Hors limites");
        assertThat(view.flags.isVisible()).isTrue();
        // Nobody teleworks on this site either: the telework share is flagged after the rounds.
        assertThat(view.flags.getChildren().map(flag -> flag.getElement().getTextRecursively())).containsExactly(
                "Tournées de vérification quotidienne des locaux — Tournées manquées : 1",
                "Tournées de vérification quotidienne des locaux — dont critiques : 1",
                "Tournées de vérification quotidienne des locaux — Actions correctives en retard : 1",
                "Postes passés en télétravail (40 à 80 %) — "
                        + "Part des postes en télétravail (un hybride compte pour moitié) : 0 %");
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
