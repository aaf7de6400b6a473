package app.plateau.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.Signing;
import app.plateau.health.CheckMoment;
import app.plateau.health.CheckResult;
import app.plateau.health.Outcome;
import app.plateau.health.Symptom;
import app.plateau.health.SymptomService;
import app.plateau.health.TemperatureService;
import app.plateau.hygiene.Answer;
import app.plateau.hygiene.HygieneFixtures;
import app.plateau.hygiene.HygieneService;
import app.plateau.hygiene.RoundStatus;
import app.plateau.hygiene.ui.MyCorrectiveActions;
import app.plateau.meeting.MeetingDraft;
import app.plateau.meeting.MeetingMode;
import app.plateau.meeting.MeetingService;
import app.plateau.occupancy.PresenceService;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.WorkMode;
import app.plateau.security.AccountService;
import app.plateau.security.AccountService.AccountDraft;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import app.plateau.transfer.MoveDraft;
import app.plateau.transfer.MoveReason;
import app.plateau.transfer.TransferRequest;
import app.plateau.transfer.TransferService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

class StartPagesTest extends KaribuTest {

    @Autowired
    PresenceService presence;
    @Autowired
    TransferService transfers;
    @Autowired
    MeetingService meetings;
    @Autowired
    TemperatureService temperatures;
    @Autowired
    SymptomService symptoms;
    @Autowired
    HygieneService hygiene;
    @Autowired
    HygieneFixtures hygieneFixtures;
    @Autowired
    SiteService sites;
    @Autowired
    FloorService floors;
    @Autowired
    PersonService people;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private TestSite testSite;
    /** Site time now, between 12:00 and 13:00, so that "today" holds through each test. */
    private LocalTime noon;
    private ZoneId zone;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
        noon = hygieneFixtures.aboutNoon(testSite);
        zone = Fixtures.asSystem(() -> sites.get(testSite.site().getId())).zoneId();
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
    void the_manager_is_greeted_by_name_and_sees_only_the_navigation_of_the_role() {
        login(testSite.username(Role.SITE_MANAGER));
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class).getText()).isEqualTo("Bonjour, SITE_MANAGER " + token());
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

    // ---------------------------------------------------------------- agent

    @Test
    void the_agent_sees_their_floor_their_open_request_and_todays_meeting_with_its_join_time() {
        long agent = testSite.agent().getId();
        as(Role.AGENT, () -> presence.checkIn(agent, testSite.floor1().getId()));
        LocalDateTime checkedIn = LocalDateTime.now(zone);
        as(Role.AGENT, () -> transfers.request(new MoveDraft(agent, testSite.floor2().getId(), MoveReason.TRAINING,
                null, null, null)));
        LocalDateTime start = LocalDate.now(zone).atTime(noon.plusHours(1));
        as(Role.TEAM_LEAD, () -> meetings.book(MeetingDraft.video("Point sécurité", start, start.plusMinutes(30),
                Set.of(agent))));

        AgentStartView view = open(Role.AGENT, AgentStartView.class);

        assertThat(view.where.text()).contains("Plateau 1").containsAnyOf(
                "depuis " + hhmm(checkedIn.minusMinutes(1)), "depuis " + hhmm(checkedIn));
        assertThat(view.move.text()).contains("Plateau 1 → Plateau 2", "En attente · demande faite à");
        assertThat(view.today.text()).contains(
                hhmm(start) + "–" + hhmm(start.plusMinutes(30)) + " · Point sécurité",
                "Lien ouvert dès " + hhmm(start.minusMinutes(15)));
    }

    @Test
    void an_agent_with_nothing_today_reads_it_in_words() {
        AgentStartView view = open(Role.AGENT, AgentStartView.class);
        assertThat(view.where.text()).contains("Vous n’êtes sur aucun plateau pour l’instant.");
        assertThat(view.move.text()).contains("Aucune demande en cours.");
        assertThat(view.today.text()).contains("Aucune réunion aujourd’hui.");
    }

    @Test
    void the_managers_approval_reaches_the_agents_open_start_page() {
        long agent = testSite.agent().getId();
        as(Role.AGENT, () -> presence.checkIn(agent, testSite.floor1().getId()));
        TransferRequest request = as(Role.AGENT, () -> transfers.request(new MoveDraft(agent,
                testSite.floor2().getId(), MoveReason.TRAINING, null, null, null)));
        AgentStartView view = open(Role.AGENT, AgentStartView.class);
        assertThat(view.move.text()).contains("En attente");

        as(Role.SITE_MANAGER, () -> transfers.approve(request.getId()));
        pushRoundtrip();

        assertThat(view.move.text()).contains("Plateau 1 → Plateau 2", "Approuvé").doesNotContain("En attente");
    }

    // ---------------------------------------------------------------- team lead

    @Test
    void the_lead_sees_who_is_on_a_floor_teleworking_kept_out_without_the_cause_and_waiting_for_a_move() {
        Person teleworker = member("Salma Télétravail", WorkMode.TELEWORK);
        Person feverish = member("Omar Fièvre", WorkMode.ON_SITE);
        Person mover = member("Karim Déplacement", WorkMode.ON_SITE);
        Person absent = member("Leila Absente", WorkMode.HYBRID);
        as(Role.TEAM_LEAD, () -> presence.checkIn(testSite.agent().getId(), testSite.floor1().getId()));
        as(Role.TEAM_LEAD, () -> presence.checkIn(mover.getId(), testSite.floor1().getId()));
        as(Role.TEAM_LEAD, () -> transfers.request(new MoveDraft(mover.getId(), testSite.floor2().getId(),
                MoveReason.IT_SUPPORT, null, null, null)));
        as(Role.HEALTH_OFFICER, () -> temperatures.record(feverish.getId(), CheckMoment.ENTRY,
                CheckResult.ABOVE_THRESHOLD, new BigDecimal("38.6")));
        LocalDateTime start = LocalDate.now(zone).atTime(noon.plusHours(2));
        as(Role.TEAM_LEAD, () -> meetings.book(new MeetingDraft("Briefing équipe", null, start,
                start.plusMinutes(15), MeetingMode.VIDEO, null, Set.of(), Set.of(testSite.team().getId()), null,
                null, null, null, false)));

        TeamLeadStartView view = open(Role.TEAM_LEAD, TeamLeadStartView.class);

        assertThat(memberLine("blocked")).containsExactly(feverish.getFullName() + "Ne peut pas entrer pour l’instant");
        // The reading in either locale's form; a bare "38" would also match the fixtures' random name tokens.
        assertThat(view.team.text()).doesNotContain("38,6", "38.6", "°C", "empérature", "fièvre", "santé");
        assertThat(memberLine("on-floor")).hasSize(2).allSatisfy(line -> assertThat(line).contains("Plateau 1 · depuis"))
                .anySatisfy(line -> assertThat(line).startsWith(testSite.agent().getFullName()));
        assertThat(memberLine("telework")).containsExactly(teleworker.getFullName() + "En télétravail");
        assertThat(memberLine("not-arrived")).containsExactly(absent.getFullName() + "Sur aucun plateau pour l’instant");
        assertThat(view.team.text()).contains("2sur un plateau", "1en télétravail", "1ne peut pas entrer",
                "1déplacement en cours");
        assertThat(view.moves.text()).contains(mover.getFullName()
                + "Plateau 1 → Plateau 2 · En attente depuis moins d’une minute");
        assertThat(view.teamMeetings.text()).contains(hhmm(start) + "–" + hhmm(start.plusMinutes(15))
                + " · Briefing équipe");
    }

    @Test
    void a_lead_whose_team_is_quiet_reads_it_in_words() {
        TeamLeadStartView view = open(Role.TEAM_LEAD, TeamLeadStartView.class);
        assertThat(view.moves.text()).contains("Aucune demande de déplacement en cours dans l’équipe.");
        assertThat(view.teamMeetings.text()).contains("Aucune réunion d’équipe aujourd’hui.");
        assertThat(memberLine("not-arrived")).containsExactly(
                testSite.agent().getFullName() + "Sur aucun plateau pour l’instant");
    }

    @Test
    void the_owner_of_a_corrective_action_finds_it_on_their_start_page_and_flagged_once_overdue() {
        HygieneFixtures.Rounds rounds = hygieneFixtures.rounds(testSite);
        List<Answer> answers = new ArrayList<>(HygieneFixtures.allPass());
        answers.set(1, Answer.fail("Distributeur vide", "Remplir le distributeur", testSite.agent().getId(),
                LocalDate.now(zone)));
        as(Role.HEALTH_OFFICER, () -> hygiene.complete(rounds.get(RoundStatus.DUE).id(), answers));
        // A deadline can only be set from today on; the action has since run a day late.
        jdbc.update("update corrective_action set deadline = ? where action_text = ?",
                java.sql.Date.valueOf(LocalDate.now(zone).minusDays(1)), "Remplir le distributeur");

        open(Role.AGENT, AgentStartView.class);
        MyCorrectiveActions mine = _get(MyCorrectiveActions.class);

        assertThat(mine.getElement().getTextRecursively()).contains("Mes actions correctives",
                "Remplir le distributeur", "En retard");
        assertThat(_find(MyCorrectiveActions.class)).hasSize(1);
    }

    @Test
    void a_person_without_corrective_actions_reads_it_in_words() {
        open(Role.TEAM_LEAD, TeamLeadStartView.class);
        assertThat(_get(MyCorrectiveActions.class).getElement().getTextRecursively())
                .contains("Aucune action corrective ne vous est confiée.");
    }

    // ---------------------------------------------------------------- site manager

    @Test
    void the_manager_sees_a_floor_at_its_cap_a_request_waiting_and_for_how_long_and_a_critical_failure() {
        Floor small = Fixtures.asSystem(() -> floors.save(new Floor(sites.get(testSite.site().getId()),
                "Plateau 3", 3, 10, 1)));
        as(Role.SITE_MANAGER, () -> presence.checkIn(testSite.agent().getId(), small.getId()));
        Person mover = member("Karim Déplacement", WorkMode.ON_SITE);
        as(Role.SITE_MANAGER, () -> presence.checkIn(mover.getId(), testSite.floor1().getId()));
        TransferRequest request = as(Role.SITE_MANAGER, () -> transfers.request(new MoveDraft(mover.getId(),
                testSite.floor2().getId(), MoveReason.HR, null, null, null)));
        jdbc.update("update transfer_request set requested_at = ? where id = ?",
                java.sql.Timestamp.from(request.getRequestedAt().minusSeconds(25 * 60 + 5)), request.getId());
        HygieneFixtures.Rounds rounds = hygieneFixtures.rounds(testSite);
        List<Answer> answers = new ArrayList<>(HygieneFixtures.allPass());
        answers.set(1, Answer.fail("Distributeur vide", "Remplir", testSite.agent().getId(), LocalDate.now(zone)));
        as(Role.HEALTH_OFFICER, () -> hygiene.complete(rounds.get(RoundStatus.DUE).id(), answers));

        ManagerStartView view = open(Role.SITE_MANAGER, ManagerStartView.class);

        assertThat(view.floors.text()).contains("Plateau 3" + "1 / 1 · jauge atteinte").doesNotContain("Plateau 2");
        assertThat(view.floors.getClassNames()).contains("start-card-alert");
        assertThat(view.requests.text()).contains("1demande attend une décision",
                mover.getFullName() + "Plateau 1 → Plateau 2 · en attente depuis 25 minutes");
        assertThat(view.failures.text()).contains("Plateau 1 · " + HygieneFixtures.GEL, "Ouverte le ");
        assertThat(view.failures.getClassNames()).contains("start-card-alert");
    }

    @Test
    void a_quiet_site_tells_the_manager_so() {
        ManagerStartView view = open(Role.SITE_MANAGER, ManagerStartView.class);
        assertThat(view.floors.text()).contains("Tous les plateaux ouverts sont sous 80 % de leur jauge.");
        assertThat(view.requests.text()).contains("Aucune demande n’attend de décision.");
        assertThat(view.failures.text()).contains("Aucune anomalie critique ouverte.");
        assertThat(view.floors.getClassNames()).doesNotContain("start-card-alert");
    }

    @Test
    void a_new_request_reaches_the_managers_open_start_page() {
        as(Role.AGENT, () -> presence.checkIn(testSite.agent().getId(), testSite.floor1().getId()));
        ManagerStartView view = open(Role.SITE_MANAGER, ManagerStartView.class);
        assertThat(view.requests.text()).contains("Aucune demande n’attend de décision.");

        as(Role.AGENT, () -> transfers.request(new MoveDraft(testSite.agent().getId(), testSite.floor2().getId(),
                MoveReason.TRAINING, null, null, null)));
        pushRoundtrip();

        assertThat(view.requests.text()).contains(testSite.agent().getFullName() + "Plateau 1 → Plateau 2");
    }

    // ---------------------------------------------------------------- health officer

    @Test
    void the_health_officer_sees_rounds_due_cases_to_decide_and_keeping_off_that_ends_today() {
        hygieneFixtures.rounds(testSite);
        Person sentHome = member("Omar Maison", WorkMode.ON_SITE);
        as(Role.HEALTH_OFFICER, () -> symptoms.report(testSite.agent().getId(), EnumSet.of(Symptom.COUGH), null));
        as(Role.HEALTH_OFFICER, () -> {
            long caseId = symptoms.report(sentHome.getId(), EnumSet.of(Symptom.FEVER), null);
            symptoms.decide(caseId, Outcome.SENT_HOME, LocalDate.now(zone));
            return caseId;
        });

        HealthStartView view = open(Role.HEALTH_OFFICER, HealthStartView.class);

        assertThat(view.rounds.text()).contains(hhmm(LocalDate.now(zone).atTime(noon.minusMinutes(10)))
                + " · Plateau 1", "À faire", hhmm(LocalDate.now(zone).atTime(noon.minusHours(1))) + " · Plateau 2",
                "En retard, à faire").doesNotContain("Manquée", "À venir");
        assertThat(view.cases.text()).contains(testSite.agent().getFullName() + "Signalement à ")
                .doesNotContain(sentHome.getFullName(), "Toux");
        assertThat(view.ending.text()).contains(sentHome.getFullName() + "Peut revenir demain");
    }

    @Test
    void a_health_officer_with_nothing_to_do_reads_it_in_words() {
        HealthStartView view = open(Role.HEALTH_OFFICER, HealthStartView.class);
        assertThat(view.rounds.text()).contains("Aucune tournée à faire pour l’instant.");
        assertThat(view.cases.text()).contains("Aucun cas n’attend de décision.");
        assertThat(view.ending.text()).contains("Aucune mise à l’écart ne finit aujourd’hui.");
    }

    // ---------------------------------------------------------------- auditor and administrator

    @Test
    void the_auditor_sees_todays_figures_with_the_missed_round_flagged() {
        hygieneFixtures.rounds(testSite);
        AuditorStartView view = open(Role.AUDITOR, AuditorStartView.class);
        assertThat(view.figures.text()).contains("0tournée à l’heure", "1tournée manquée",
                "0anomalie critique ouverte", "0 %des postes en télétravail");
        assertThat(view.figures.getClassNames()).contains("start-card-alert");
        assertThat(view.evidence.text()).contains("Conformité à la charte");
    }

    @Test
    void the_administrator_sees_how_many_accounts_of_the_site_wait_for_a_password() {
        AdminStartView empty = open(Role.ADMIN, AdminStartView.class);
        assertThat(empty.waiting.text()).contains("Tous les comptes ont un mot de passe.");
        TestSite other = fixtures.site();
        Fixtures.asSystem(() -> {
            for (String name : List.of("new-a", "new-b")) {
                accounts.create(new AccountDraft(Fixtures.unique(name), name, testSite.site().getId(), null,
                        EnumSet.of(Role.AGENT)), null);
            }
            return accounts.create(new AccountDraft(Fixtures.unique("other"), "other", other.site().getId(), null,
                    EnumSet.of(Role.AGENT)), null);
        });

        MockVaadin.tearDown();
        reset();
        AdminStartView view = open(Role.ADMIN, AdminStartView.class);
        assertThat(view.waiting.text()).contains("2comptes n’ont pas encore de mot de passe");
    }

    @Test
    void a_global_administrator_counts_the_accounts_of_every_site_and_is_sent_to_the_sites() {
        Fixtures.asSystem(() -> accounts.create(new AccountDraft(Fixtures.unique("new"), "Nouveau compte",
                testSite.site().getId(), null, EnumSet.of(Role.AGENT)), null));
        login(fixtures.globalAdmin());
        UI.getCurrent().navigate("");
        AdminStartView view = _get(AdminStartView.class);
        assertThat(view.waiting.text()).contains("pas encore de mot de passe").doesNotContain("Tous les comptes");
        assertThat(view.describe.text()).contains("Décrire les sites", "Sites", "Comptes").doesNotContain("Équipes");
    }

    @Test
    void in_english_counts_take_their_plural() {
        as(Role.AGENT, () -> presence.checkIn(testSite.agent().getId(), testSite.floor1().getId()));
        as(Role.AGENT, () -> transfers.request(new MoveDraft(testSite.agent().getId(), testSite.floor2().getId(),
                MoveReason.TRAINING, null, null, null)));
        english();
        ManagerStartView view = open(Role.SITE_MANAGER, ManagerStartView.class);
        assertThat(view.requests.text()).contains("1request waits for a decision",
                "Plateau 1 → Plateau 2 · waiting for less than a minute");
    }

    // ---------------------------------------------------------------- helpers

    private <V extends StartPage> V open(Role role, Class<V> view) {
        login(testSite.username(role));
        UI.getCurrent().navigate("");
        return _get(view);
    }

    /** The lines of the lead's team card for members in one state, as read: name then what they are doing. */
    private static List<String> memberLine(String state) {
        return _find(Div.class, spec -> spec.withClasses("start-member-" + state)).stream()
                .map(line -> line.getElement().getTextRecursively()).toList();
    }

    private Person member(String name, WorkMode mode) {
        Person person = fixtures.person(testSite.site(), Fixtures.unique("m"), name, testSite.team(),
                testSite.floor1());
        return Fixtures.asSystem(() -> {
            Person fresh = people.get(person.getId());
            fresh.setWorkMode(mode);
            return people.save(fresh);
        });
    }

    /** Acts as someone of the site from another device, leaving whoever is signed in here as they were. */
    private <T> T as(Role role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        Signing.signIn(users, testSite.username(role));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private String token() {
        String manager = testSite.username(Role.SITE_MANAGER);
        return manager.substring(0, manager.length() - "-manager".length());
    }

    private static String hhmm(LocalDateTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
