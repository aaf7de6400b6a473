package app.plateau.audit;

import app.plateau.audit.Figure.Percent;
import app.plateau.health.HealthStatistics;
import app.plateau.health.Outcome;
import app.plateau.hygiene.HygieneStatistics;
import app.plateau.hygiene.HygieneSummary;
import app.plateau.meeting.MeetingStatistics;
import app.plateau.meeting.WeekShare;
import app.plateau.occupancy.OccupancyStatistics;
import app.plateau.occupancy.OccupancyStatistics.Closure;
import app.plateau.occupancy.OccupancyStatistics.MoveSummary;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.PersonService.WorkModes;
import app.plateau.organisation.SiteService;
import app.plateau.security.CurrentUser;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers, for a site and a range of days, the evidence each charter measure leaves in Plateau. It
 * reads through each feature's public statistics, which check the caller's role and site again.
 */
@Service
public class ComplianceService {

    /** The charter's band for positions given to telework, in per cent. */
    public static final int TELEWORK_MIN = 40;
    public static final int TELEWORK_MAX = 80;

    private final SiteService sites;
    private final OccupancyStatistics occupancy;
    private final MeetingStatistics meetings;
    private final PersonService people;
    private final HygieneStatistics hygiene;
    private final HealthStatistics health;

    ComplianceService(SiteService sites, OccupancyStatistics occupancy, MeetingStatistics meetings,
            PersonService people, HygieneStatistics hygiene, HealthStatistics health) {
        this.sites = sites;
        this.occupancy = occupancy;
        this.meetings = meetings;
        this.people = people;
        this.hygiene = hygiene;
        this.health = health;
    }

    @PreAuthorize("hasAnyRole('SITE_MANAGER','AUDITOR')")
    @Transactional(readOnly = true)
    public ComplianceReport report(long siteId, LocalDate from, LocalDate to) {
        CurrentUser.checkSite(siteId);
        String siteName = sites.get(siteId).getName();
        MoveSummary moves = occupancy.moves(siteId, from, to);
        List<MeasureRow> rows = new ArrayList<>();
        rows.add(hygieneRounds(hygiene.summary(siteId, from, to)));
        HealthStatistics.Summary cases = health.summary(siteId, from, to);
        List<Figure> symptoms = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            symptoms.add(new Figure("compliance.symptoms." + outcome.name(),
                    cases.casesByOutcome().getOrDefault(outcome, 0L)));
        }
        symptoms.add(new Figure("compliance.symptoms.undecided", cases.undecidedCases()));
        rows.add(new MeasureRow(Measure.SYMPTOMS, symptoms, null));
        long daysChecked = cases.checksPerDay().values().stream().filter(count -> count > 0).count();
        rows.add(new MeasureRow(Measure.TEMPERATURE, List.of(
                new Figure("compliance.temperature.checks", cases.checks()),
                new Figure("compliance.temperature.days", daysChecked + " / " + cases.checksPerDay().size()),
                new Figure("compliance.temperature.above", cases.aboveThreshold())), null));
        rows.add(remoteMeetings(siteId, from, to));
        rows.add(new MeasureRow(Measure.FLOOR_MOVES, List.of(
                new Figure("compliance.moves.requested", moves.requested()),
                new Figure("compliance.moves.approved", moves.approved()),
                new Figure("compliance.moves.auto-approved", moves.autoApproved()),
                new Figure("compliance.moves.denied", moves.denied()),
                new Figure("compliance.moves.cap-refusals", moves.capRefusals())), null));
        rows.add(closures(occupancy.closures(siteId, from, to)));
        rows.add(telework(people.workModes(siteId)));
        return new ComplianceReport(siteId, siteName, from, to, rows);
    }

    /**
     * The rounds' rule: every round done, no critical failure left open, every corrective action
     * closed by its deadline. Late rounds are shown but do not break it: they were done.
     */
    private static MeasureRow hygieneRounds(HygieneSummary rounds) {
        List<Figure> figures = List.of(new Figure("compliance.rounds.on-time", rounds.onTime()),
                new Figure("compliance.rounds.late", rounds.late()),
                Figure.mustBeZero("compliance.rounds.missed", rounds.missed()),
                new Figure("compliance.rounds.open-failures", rounds.openFailures()),
                Figure.mustBeZero("compliance.rounds.open-critical", rounds.openCriticalFailures()),
                Figure.mustBeZero("compliance.rounds.overdue-actions", rounds.overdueActions()));
        return new MeasureRow(Measure.HYGIENE_ROUNDS, figures, figures.stream().noneMatch(Figure::outOfBounds));
    }

    /** Meetings counted by the ISO weeks the range touches: the statistics are kept per week. */
    private MeasureRow remoteMeetings(long siteId, LocalDate from, LocalDate to) {
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeks = (int) Math.min(MeetingStatistics.MAX_WEEKS, ChronoUnit.WEEKS.between(monday, to) + 1);
        long remote = 0;
        long physical = 0;
        for (WeekShare week : meetings.weeklyShare(siteId, monday, weeks)) {
            remote += week.virtual();
            physical += week.physical();
        }
        List<Figure> figures = new ArrayList<>(List.of(new Figure("compliance.meetings.remote", remote),
                new Figure("compliance.meetings.physical", physical)));
        if (remote + physical > 0) {
            figures.add(new Figure("compliance.meetings.share", new Percent(remote * 100.0 / (remote + physical))));
        }
        return new MeasureRow(Measure.REMOTE_MEETINGS, figures, null);
    }

    private static MeasureRow closures(List<Closure> closures) {
        Duration total = closures.stream().map(Closure::duration).reduce(Duration.ZERO, Duration::plus);
        List<Figure> figures = new ArrayList<>(List.of(new Figure("compliance.closures.count", (long) closures.size()),
                new Figure("compliance.closures.duration", total)));
        closures.stream().filter(Closure::stillClosed).forEach(closure ->
                figures.add(new Figure("compliance.closures.still-closed", closure.floorName())));
        return new MeasureRow(Measure.FLOOR_CLOSURES, figures, null);
    }

    private static MeasureRow telework(WorkModes modes) {
        Double share = modes.teleworkPercent();
        List<Figure> figures = new ArrayList<>(List.of(new Figure("compliance.telework.on-site", modes.onSite()),
                new Figure("compliance.telework.hybrid", modes.hybrid()),
                new Figure("compliance.telework.telework", modes.telework())));
        Boolean within = share == null ? null : share >= TELEWORK_MIN && share <= TELEWORK_MAX;
        if (share != null) {
            figures.add(new Figure("compliance.telework.share", new Percent(share), !within));
        }
        return new MeasureRow(Measure.TELEWORK, figures, within);
    }
}
