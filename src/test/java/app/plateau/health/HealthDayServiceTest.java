package app.plateau.health;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.organisation.Person;
import app.plateau.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the start pages read of health: the officer's day, and who of a lead's team may not enter. */
class HealthDayServiceTest extends SignedInServiceTest {

    @Autowired
    HealthDayService healthDay;
    @Autowired
    SymptomService symptoms;
    @Autowired
    TemperatureService temperatures;
    @Autowired
    HealthAccessRepository accessLog;

    private LocalDate today() {
        return LocalDate.now(testSite.site().zoneId());
    }

    @Test
    void the_officer_reads_the_cases_to_decide_and_the_keeping_off_that_ends_today_and_the_read_is_logged() {
        Person home = fixtures.person(testSite.site(), Fixtures.unique("m"), "Omar Maison", testSite.team(),
                testSite.floor1());
        Person later = fixtures.person(testSite.site(), Fixtures.unique("m"), "Rim Plus Tard", testSite.team(),
                testSite.floor1());
        signIn(testSite.username(Role.HEALTH_OFFICER));
        long waiting = symptoms.report(testSite.agent().getId(), EnumSet.of(Symptom.COUGH), null);
        symptoms.decide(symptoms.report(home.getId(), EnumSet.of(Symptom.FEVER), null), Outcome.SENT_HOME, today());
        symptoms.decide(symptoms.report(later.getId(), EnumSet.of(Symptom.FEVER), null), Outcome.ISOLATION,
                today().plusDays(3));
        long logged = accessLog.count();

        HealthDay day = healthDay.day(testSite.site().getId(), today());

        assertThat(day.toDecide()).singleElement().satisfies(c -> {
            assertThat(c.caseId()).isEqualTo(waiting);
            assertThat(c.personName()).isEqualTo(testSite.agent().getFullName());
        });
        assertThat(day.endingToday()).extracting(HealthDay.Ending::personName).containsExactly("Omar Maison");
        assertThat(accessLog.count()).isEqualTo(logged + 1);
        HealthAccess read = accessLog.findAll().stream().max(Comparator.comparing(HealthAccess::getId)).orElseThrow();
        assertThat(read.detailText(Locale.FRENCH))
                .isEqualTo("Page d’accueil : 1 cas à décider, 1 mise à l’écart qui prend fin");
    }

    @Test
    void the_officer_of_another_site_and_other_roles_may_not_read_the_day() {
        TestSite other = fixtures.site();
        signIn(other.username(Role.HEALTH_OFFICER));
        assertDenied(() -> healthDay.day(testSite.site().getId(), today()));
        for (Role role : new Role[] {Role.TEAM_LEAD, Role.SITE_MANAGER, Role.AUDITOR, Role.ADMIN}) {
            signIn(testSite.username(role));
            assertDenied(() -> healthDay.day(testSite.site().getId(), today()));
        }
    }

    @Test
    void a_lead_learns_who_of_the_team_may_not_enter_by_temperature_or_decision_and_nothing_more() {
        Person feverish = fixtures.person(testSite.site(), Fixtures.unique("m"), "Omar Fièvre", testSite.team(),
                testSite.floor1());
        Person isolated = fixtures.person(testSite.site(), Fixtures.unique("m"), "Rim Isolée", testSite.team(),
                testSite.floor1());
        TestSite other = fixtures.site();
        signIn(testSite.username(Role.HEALTH_OFFICER));
        temperatures.record(feverish.getId(), CheckMoment.ENTRY, CheckResult.ABOVE_THRESHOLD, new BigDecimal("38.5"));
        symptoms.decide(symptoms.report(isolated.getId(), EnumSet.of(Symptom.COUGH), null), Outcome.ISOLATION,
                today().plusDays(2));
        signIn(other.username(Role.HEALTH_OFFICER));
        temperatures.record(other.agent().getId(), CheckMoment.ENTRY, CheckResult.ABOVE_THRESHOLD,
                new BigDecimal("38.5"));

        signIn(testSite.username(Role.TEAM_LEAD));
        assertThat(healthDay.blockedInMyTeam()).containsExactlyInAnyOrder(feverish.getId(), isolated.getId());
        signIn(other.username(Role.TEAM_LEAD));
        assertThat(healthDay.blockedInMyTeam()).containsExactly(other.agent().getId());
    }

    @Test
    void only_a_lead_asks_who_of_the_team_may_not_enter() {
        for (Role role : new Role[] {Role.AGENT, Role.SITE_MANAGER, Role.HEALTH_OFFICER}) {
            signIn(testSite.username(role));
            assertDenied(() -> healthDay.blockedInMyTeam());
        }
    }
}
