package app.plateau.health.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.health.Outcome;
import app.plateau.health.Symptom;
import app.plateau.occupancy.PresenceService;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A team lead reports what they observed, the health officer decides, and the lead's open page is
 * told the outcome live, without the symptoms.
 */
class SymptomCasesViewTest extends KaribuTest {

    @Autowired
    PresenceService presence;
    @Autowired
    Clock clock;

    TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    @Test
    void the_lead_reports_a_case_the_officer_sends_the_agent_home_and_the_leads_page_is_told_without_symptoms() {
        login(testSite.username(Role.TEAM_LEAD));
        presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        UI.getCurrent().navigate(SymptomCasesView.class);
        UI leadUi = UI.getCurrent();
        SymptomCasesView leadView = _get(SymptomCasesView.class);
        assertThat(leadView.person.getListDataView().getItems()).containsExactly(testSite.agent());
        _setValue(leadView.person, testSite.agent());
        _setValue(leadView.observed, Set.of(Symptom.COUGH, Symptom.FEVER));
        act(() -> click("Envoyer au responsable santé"));
        assertThat(notifications()).contains("Le cas de " + testSite.agent().getFullName()
                + " a été envoyé au responsable santé.");
        assertThat(column(leadView.sent, "outcome")).containsExactly("En attente du responsable santé");
        assertThat(leadView.open.isAttached()).isFalse();

        MockVaadin.INSTANCE.createUI$karibu_testing_v10(UI::new, VaadinSession.getCurrent());
        login(testSite.username(Role.HEALTH_OFFICER));
        UI.getCurrent().navigate(SymptomCasesView.class);
        SymptomCasesView officerView = _get(SymptomCasesView.class);
        assertThat(column(officerView.open, "symptoms")).containsExactly("Toux, Fièvre");
        _selectRow(officerView.open, 0);
        _setValue(officerView.outcome, Outcome.SENT_HOME);
        LocalDate until = LocalDate.now(clock.withZone(testSite.site().zoneId())).plusDays(2);
        _setValue(officerView.until, until);
        act(() -> click("Décider"));
        assertThat(column(officerView.open, "person")).isEmpty();
        assertThat(presence.whereIs(testSite.agent().getId())).isEmpty();

        UI.setCurrent(leadUi);
        pushRoundtrip();
        String told = t("health.notice.SENT_HOME", testSite.agent().getFullName(), until);
        assertThat(told).startsWith(testSite.agent().getFullName()
                + " reste à domicile jusqu’au ");
        assertThat(notifications()).contains(told).noneMatch(text -> text.contains("Toux"));
        assertThat(column(leadView.sent, "outcome")).containsExactly(t("health.case.outcome-until",
                "Renvoi à domicile", until));
    }

    @Test
    void an_auditor_and_an_agent_may_not_open_the_cases_and_anonymous_goes_to_login() {
        for (Role role : List.of(Role.AUDITOR, Role.AGENT, Role.SITE_MANAGER)) {
            reset();
            login(testSite.username(role));
            assertCannotOpen(SymptomCasesView.class);
        }
        reset();
        UI.getCurrent().navigate(SymptomCasesView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
