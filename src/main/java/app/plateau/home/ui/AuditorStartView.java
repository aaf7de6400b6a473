package app.plateau.home.ui;

import app.plateau.hygiene.HygieneBroadcaster;
import app.plateau.hygiene.HygieneService;
import app.plateau.audit.ui.ComplianceView;
import app.plateau.hygiene.HygieneStatistics;
import app.plateau.hygiene.HygieneSummary;
import app.plateau.meeting.ui.MeetingShareView;
import app.plateau.occupancy.ui.HistoryView;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.SiteService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/** The auditor's start: today's figures of the charter's daily measures, and where the evidence is. */
@Route("audit")
@Menu(order = 0, title = "nav.start.audit", icon = "vaadin:clipboard-check")
@RolesAllowed("AUDITOR")
public class AuditorStartView extends StartPage {

    private final transient HygieneStatistics hygiene;
    private final transient PersonService people;
    final StartCard figures;
    final StartCard evidence;

    public AuditorStartView(SiteService sites, Clock clock, HygieneStatistics hygiene, PersonService people,
            HygieneService actions, HygieneBroadcaster hygieneLive) {
        super("audit", sites, clock);
        this.hygiene = hygiene;
        this.people = people;
        figures = new StartCard("figures", getTranslation("start.audit.figures"))
                .link(getTranslation("nav.compliance"), ComplianceView.class);
        evidence = new StartCard("evidence", getTranslation("start.audit.evidence"));
        evidence.show(List.of(
                StartCard.line(getTranslation("nav.compliance"), getTranslation("start.audit.evidence.compliance")),
                StartCard.line(getTranslation("nav.history"), getTranslation("start.audit.evidence.history")),
                StartCard.line(getTranslation("nav.meeting-share"), getTranslation("start.audit.evidence.meetings"))),
                "");
        evidence.link(getTranslation("nav.history"), HistoryView.class)
                .link(getTranslation("nav.meeting-share"), MeetingShareView.class);
        cards.add(figures, evidence);
        addMyCorrectiveActions(actions, hygieneLive);
        refresh();
    }

    @Override
    void refresh() {
        SiteDay day = today();
        HygieneSummary rounds = hygiene.summary(user.siteId(), day.date(), day.date());
        Double telework = people.workModes(user.siteId()).teleworkPercent();
        Div grid = new Div(
                StartCard.figure(String.valueOf(rounds.onTime()),
                        getTranslation("start.audit.rounds-on-time", rounds.onTime())),
                StartCard.figure(String.valueOf(rounds.late()), getTranslation("start.audit.rounds-late", rounds.late())),
                StartCard.figure(String.valueOf(rounds.missed()),
                        getTranslation("start.audit.rounds-missed", rounds.missed())),
                StartCard.figure(String.valueOf(rounds.openCriticalFailures()),
                        getTranslation("start.audit.critical", rounds.openCriticalFailures())),
                StartCard.figure(telework == null ? getTranslation("common.none")
                                : getTranslation("start.audit.percent", Math.round(telework)),
                        getTranslation("start.audit.telework")));
        grid.addClassName("start-figures");
        figures.show(List.of(grid), "");
        figures.alert(rounds.missed() > 0 || rounds.openCriticalFailures() > 0);
    }
}
