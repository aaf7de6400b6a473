package app.plateau.health.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.base.Dates;
import app.plateau.health.CheckMoment;
import app.plateau.health.CheckResult;
import app.plateau.health.Symptom;
import app.plateau.health.SymptomService;
import app.plateau.health.TemperatureService;
import app.plateau.security.Role;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The health officer sees who read the site's health data, and when. */
class HealthAccessViewTest extends KaribuTest {

    @Autowired
    TemperatureService temperatures;
    @Autowired
    SymptomService symptoms;
    @Autowired
    Clock clock;

    @Test
    void opening_the_checks_shows_as_reads_in_the_access_log() {
        TestSite testSite = fixtures.site();
        login(testSite.username(Role.HEALTH_OFFICER));
        temperatures.record(testSite.agent().getId(), CheckMoment.ENTRY, CheckResult.CLEARED, null);
        UI.getCurrent().navigate(HealthChecksView.class);
        // What the browser does on opening: the grid reads its first page.
        assertThat(column(_get(HealthChecksView.class).today, "person")).containsExactly(
                testSite.agent().getFullName());

        UI.getCurrent().navigate(HealthAccessView.class);
        HealthAccessView view = _get(HealthAccessView.class);

        assertThat(column(view.grid, "action")).containsOnly("Lecture");
        assertThat(column(view.grid, "detail")).contains("Aucune personne bloquée",
                "Contrôles de température du " + Dates.date(Locale.FRENCH, today(testSite)) + " : 1");
        assertThat(column(view.grid, "at")).allMatch(at -> at.matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}"));
        assertThat(column(view.grid, "reader")).containsOnly("HEALTH_OFFICER "
                + testSite.username(Role.HEALTH_OFFICER).replace("-health", ""));
    }

    @Test
    @Tag("security")
    void choosing_a_person_shows_only_the_reads_that_showed_their_data() {
        TestSite testSite = fixtures.site();
        login(testSite.username(Role.HEALTH_OFFICER));
        temperatures.record(testSite.agent().getId(), CheckMoment.ENTRY, CheckResult.CLEARED, null);
        temperatures.today(testSite.site().getId(), 0, 50);
        long caseId = symptoms.report(testSite.lead().getId(), Set.of(Symptom.COUGH), null);
        symptoms.get(caseId);

        UI.getCurrent().navigate(HealthAccessView.class);
        HealthAccessView view = _get(HealthAccessView.class);
        assertThat(column(view.grid, "detail")).containsExactly("Cas n° " + caseId, "Contrôles de température du "
                + Dates.date(Locale.FRENCH, today(testSite)) + " : 1");

        _setValue(view.person, testSite.agent());
        assertThat(column(view.grid, "detail")).containsExactly("Contrôles de température du "
                + Dates.date(Locale.FRENCH, today(testSite)) + " : 1");
        _setValue(view.person, testSite.lead());
        assertThat(column(view.grid, "detail")).containsExactly("Cas n° " + caseId);
        _setValue(view.from, today(testSite).plusDays(1));
        assertThat(column(view.grid, "detail")).isEmpty();
    }

    private LocalDate today(TestSite testSite) {
        return LocalDate.now(clock.withZone(testSite.site().zoneId()));
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
