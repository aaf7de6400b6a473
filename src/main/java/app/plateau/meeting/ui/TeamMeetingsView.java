package app.plateau.meeting.ui;

import app.plateau.base.ui.Live;
import app.plateau.base.ui.MenuNeeds;
import app.plateau.base.ui.PhoneCards;
import app.plateau.meeting.AgendaEntry;
import app.plateau.meeting.CalendarService;
import app.plateau.meeting.MeetingBroadcaster;
import app.plateau.meeting.MeetingService;
import app.plateau.meeting.Option;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * A team lead's view of their team's meetings (a site manager's of any team of the site): what the
 * members attend and what the lead organises, over a week or the next four, live.
 */
@Route("team-meetings")
@Menu(order = 6, title = "nav.team-meetings", icon = "vaadin:calendar-user")
@MenuNeeds(MenuNeeds.Need.SITE)
@RolesAllowed({Role.TEAM_LEAD_NAME, Role.SITE_MANAGER_NAME, Role.ADMIN_NAME})
public class TeamMeetingsView extends VerticalLayout implements HasDynamicTitle {

    /** The periods offered, each from its first day to the day after its last. */
    enum Period {
        THIS_WEEK, NEXT_WEEK, NEXT_FOUR_WEEKS;

        LocalDate from(LocalDate today) {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return switch (this) {
                case THIS_WEEK -> monday;
                case NEXT_WEEK -> monday.plusWeeks(1);
                case NEXT_FOUR_WEEKS -> today;
            };
        }

        LocalDate to(LocalDate today) {
            return this == NEXT_FOUR_WEEKS ? today.plusWeeks(4) : from(today).plusWeeks(1);
        }
    }

    private final transient MeetingService meetings;
    private final transient CalendarService calendars;
    private final transient Clock clock;
    private final ZoneId zone;
    private final MeetingText text;

    final Select<Option> team = new Select<>();
    final Select<Period> period = new Select<>();
    final Grid<AgendaEntry> grid = new Grid<>(AgendaEntry.class, false);
    /** One column per field on a desk screen, one column of cards on a phone. */
    private PhoneCards cards;

    public TeamMeetingsView(MeetingService meetings, CalendarService calendars, MeetingBroadcaster live, SiteService sites,
            Clock clock) {
        this.meetings = meetings;
        this.calendars = calendars;
        this.clock = clock;
        PlateauUser user = CurrentUser.get();
        this.zone = user.siteId() == null ? ZoneId.of(Site.DEFAULT_TIME_ZONE) : sites.get(user.siteId()).zoneId();
        this.text = new MeetingText(getLocale());
        addClassName("team-meetings-view");
        setSizeFull();

        List<Option> teams = meetings.viewableTeams();
        team.setLabel(text.t("meetings.team.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(option -> option == null ? "" : option.label());
        team.setEmptySelectionAllowed(false);
        // A lead's own teams come first, and a lead mostly leads one.
        teams.stream().findFirst().ifPresent(team::setValue);
        team.addValueChangeListener(event -> refresh());
        period.setLabel(text.t("meetings.team.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(value -> text.t("meetings.team.period." + value.name()));
        period.setValue(Period.THIS_WEEK);
        period.addValueChangeListener(event -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(team, period);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("admin-toolbar");

        grid.addColumn(entry -> text.when(entry.start(), entry.end(), today())).setKey("when")
                .setHeader(text.t("meetings.column.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AgendaEntry::title).setKey("title").setHeader(text.t("meeting.title")).setWidth("12rem")
                .setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(entry -> text.shortModeLabel(entry.mode()))).setKey("mode")
                .setHeader(text.t("meeting.mode")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AgendaEntry::organiserName).setKey("organiser")
                .setHeader(text.t("meetings.column.organiser")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(AgendaEntry::participants).setKey("participants")
                .setHeader(text.t("meetings.column.participants")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(entry -> text.state(entry.state()))).setKey("state")
                .setHeader(text.t("meetings.column.state")).setAutoWidth(true);
        // A phone has room for one column: each meeting as a short card, read without scrolling sideways.
        grid.addColumn(new ComponentRenderer<>(this::meetingCard)).setKey("meeting")
                .setHeader(text.t("meetings.column.meeting")).setVisible(false);
        cards = PhoneCards.follow(this, grid, "meeting");
        grid.setPartNameGenerator(entry -> entry.start().toLocalDate().equals(today()) ? "meeting-today" : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(text.t(teams.isEmpty() ? "meetings.team.no-team" : "meetings.team.empty"));
        grid.addItemClickListener(event -> MeetingDetailsDialog.show(meetings, calendars, clock, zone, event.getItem(),
                this::refresh));
        grid.setSizeFull();

        add(toolbar, grid);
        setFlexGrow(1, grid);
        Live.refresh(this, live.sites(), () -> CurrentUser.get().siteId(), this::refresh);
        refresh();
    }

    /** Shows the layout for a window this wide, as a resize would. */
    void fitTo(int windowWidth) {
        cards.fitTo(windowWidth);
    }

    /** A meeting on a phone: its title, when, how it is held, by whom and for how many, and its state. */
    private Component meetingCard(AgendaEntry entry) {
        Div title = new Div(entry.title());
        title.addClassName("meeting-card-title");
        Div when = new Div(text.when(entry.start(), entry.end(), today()));
        Div how = new Div(text.shortModeLabel(entry.mode()),
                new Span(text.t("meetings.card.organiser", entry.organiserName())),
                new Span(text.t("meetings.card.participants", entry.participants())));
        how.addClassName("meeting-card-how");
        Div card = new Div(title, when, how, text.state(entry.state()));
        card.addClassName("meeting-card");
        return card;
    }

    /** Re-reads the chosen team's meetings over the chosen period. */
    void refresh() {
        Option chosen = team.getValue();
        if (chosen == null) {
            grid.setItems(List.of());
            return;
        }
        LocalDate today = today();
        Period span = period.getValue() == null ? Period.THIS_WEEK : period.getValue();
        Instant from = span.from(today).atStartOfDay(zone).toInstant();
        Instant to = span.to(today).atStartOfDay(zone).toInstant();
        long teamId = chosen.id();
        grid.setItems(query -> meetings.teamAgenda(teamId, from, to,
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) meetings.countTeamAgenda(teamId, from, to));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    @Override
    public String getPageTitle() {
        return text.t("meetings.team.title");
    }
}
