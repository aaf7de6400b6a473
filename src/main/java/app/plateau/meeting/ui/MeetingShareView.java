package app.plateau.meeting.ui;

import app.plateau.base.ui.Live;
import app.plateau.base.ui.MenuNeeds;
import app.plateau.meeting.MeetingBroadcaster;
import app.plateau.meeting.MeetingStatistics;
import app.plateau.meeting.WeekShare;
import app.plateau.organisation.SiteService;
import app.plateau.security.CurrentUser;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Evidence for the charter's measure "meetings replaced by phone and video conferences": per week,
 * for the last eight weeks, how many meetings were held remotely and how many in a room, as a table
 * and a bar chart. It follows the site's meeting changes through push.
 */
@Route("meeting-share")
@Menu(order = 8, title = "nav.meeting-share", icon = "vaadin:bar-chart-v")
@MenuNeeds(MenuNeeds.Need.SITE)
@RolesAllowed({"SITE_MANAGER", "AUDITOR"})
public class MeetingShareView extends VerticalLayout implements HasDynamicTitle {

    static final int WEEKS = 8;

    private final transient MeetingStatistics statistics;
    private final transient Clock clock;
    private final Long siteId;
    private final ZoneId zone;

    final Span thisWeek = new Span();
    final Grid<WeekShare> grid = new Grid<>(WeekShare.class, false);
    final Svg chart = new Svg();

    public MeetingShareView(MeetingStatistics statistics, SiteService sites, MeetingBroadcaster live, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
        this.siteId = CurrentUser.get().siteId();
        this.zone = siteId == null ? null : sites.get(siteId).zoneId();
        addClassName("meeting-share-view");
        if (siteId == null) {
            add(new Span(getTranslation("meeting-share.no-site")));
            return;
        }
        thisWeek.addClassName("meeting-share-headline");
        Paragraph help = new Paragraph(getTranslation("meeting-share.help"));
        help.addClassName("help-text");

        grid.addColumn(share -> getTranslation("meeting-share.week-value",
                        share.monday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), share.monday()))
                .setHeader(getTranslation("meeting-share.week")).setKey("week").setFlexGrow(2);
        grid.addColumn(WeekShare::virtual).setHeader(getTranslation("meeting-share.virtual")).setKey("virtual");
        grid.addColumn(WeekShare::physical).setHeader(getTranslation("meeting-share.physical")).setKey("physical");
        grid.addColumn(this::share).setHeader(getTranslation("meeting-share.share")).setKey("share");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);

        chart.addClassName("meeting-share-drawing");
        Div chartBox = new Div(chart);
        chartBox.addClassName("meeting-share-chart-box");

        add(thisWeek, help, grid, chartBox);
        Live.refresh(this, live.sites(), () -> siteId, this::refresh);
        refresh();
    }

    /** Re-reads the weeks' figures: on opening and when a meeting of the site changes. */
    void refresh() {
        LocalDate monday = LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<WeekShare> weeks = statistics.weeklyShare(siteId, monday.minusWeeks(WEEKS - 1L), WEEKS);
        grid.setItems(weeks);
        WeekShare current = weeks.get(weeks.size() - 1);
        thisWeek.setText(current.sharePercent() == null ? getTranslation("meeting-share.this-week.none")
                : getTranslation("meeting-share.this-week", current.sharePercent()));
        List<MeetingShareChart.Bar> bars = weeks.stream().map(week -> new MeetingShareChart.Bar(
                getTranslation("meeting-share.week-short", week.monday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                week.virtual(), week.physical(), share(week),
                getTranslation("meeting-share.tooltip", week.monday(), week.virtual(), week.physical())))
                .toList();
        chart.setSvg(MeetingShareChart.svg(bars, new MeetingShareChart.Labels(
                getTranslation("meeting-share.chart.title"), getTranslation("meeting-share.chart.y"),
                getTranslation("meeting-share.virtual"), getTranslation("meeting-share.physical"))));
    }

    private String share(WeekShare week) {
        return week.sharePercent() == null ? getTranslation("common.none")
                : getTranslation("meeting-share.share-value", week.sharePercent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting-share.page-title");
    }
}
