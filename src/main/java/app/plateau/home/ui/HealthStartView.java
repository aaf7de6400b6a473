package app.plateau.home.ui;

import app.plateau.base.Dates;
import app.plateau.health.HealthDay;
import app.plateau.health.HealthDayService;
import app.plateau.health.ui.HealthChecksView;
import app.plateau.health.ui.SymptomCasesView;
import app.plateau.hygiene.HygieneBroadcaster;
import app.plateau.hygiene.HygieneService;
import app.plateau.hygiene.RoundLine;
import app.plateau.hygiene.RoundStatus;
import app.plateau.hygiene.ui.RoundsView;
import app.plateau.organisation.SiteService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/**
 * The health officer's day: the hygiene rounds to do now, the symptom cases waiting for a decision,
 * and the people whose keeping off the floors ends today.
 */
@Route("health")
@Menu(order = 0, title = "nav.start.health", icon = "vaadin:doctor")
@RolesAllowed("HEALTH_OFFICER")
public class HealthStartView extends StartPage {

    private final transient HygieneService hygiene;
    private final transient HealthDayService health;
    final StartCard rounds;
    final StartCard cases;
    final StartCard ending;

    public HealthStartView(SiteService sites, Clock clock, HygieneService hygiene, HealthDayService health,
            HygieneBroadcaster hygieneLive) {
        super("health", sites, clock);
        this.hygiene = hygiene;
        this.health = health;
        rounds = new StartCard("rounds", getTranslation("start.health.rounds"))
                .link(getTranslation("nav.rounds"), RoundsView.class);
        cases = new StartCard("cases", getTranslation("start.health.cases"))
                .link(getTranslation("nav.health.symptoms"), SymptomCasesView.class);
        ending = new StartCard("ending", getTranslation("start.health.ending"))
                .link(getTranslation("nav.health.checks"), HealthChecksView.class);
        cards.add(rounds, cases, ending);
        addMyCorrectiveActions(hygiene, hygieneLive);
        live(hygieneLive.sites(), user::siteId);
        refresh();
    }

    @Override
    void refresh() {
        SiteDay day = today();
        long siteId = user.siteId();
        List<RoundLine> due = hygiene.today(siteId).stream().filter(round -> round.status().isOpen()).toList();
        rounds.show(due.stream().map(this::roundLine).toList(), getTranslation("start.health.rounds.none"));
        rounds.alert(due.stream().anyMatch(round -> round.status() == RoundStatus.OVERDUE));

        HealthDay healthDay = health.day(siteId, day.date());
        cases.show(healthDay.toDecide().stream().map(waiting -> StartCard.line(waiting.personName(),
                        getTranslation("start.health.case", when(day, waiting.reportedAt()),
                                waited(day, waiting.reportedAt())))).toList(),
                getTranslation("start.health.cases.none"));
        ending.show(healthDay.endingToday().stream().map(end -> StartCard.line(end.personName(),
                getTranslation("start.health.ending.back"))).toList(), getTranslation("start.health.ending.none"));
    }

    private Div roundLine(RoundLine round) {
        Div line = StartCard.line(getTranslation("start.health.round", Dates.time(getLocale(), round.time()), round.floorName()),
                getTranslation("start.health.round.detail", round.templateName(),
                        getTranslation(round.status().messageKey())));
        if (round.status() == RoundStatus.OVERDUE) {
            line.addClassName("start-line-alert");
        }
        return line;
    }
}
