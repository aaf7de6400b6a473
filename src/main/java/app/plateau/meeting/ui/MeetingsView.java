package app.plateau.meeting.ui;

import app.plateau.base.ui.ClockFollower;
import app.plateau.base.ui.Live;
import app.plateau.base.ui.MenuNeeds;
import app.plateau.base.ui.PhoneCards;
import app.plateau.meeting.AgendaEntry;
import app.plateau.meeting.CalendarFeedService;
import app.plateau.meeting.CalendarService;
import app.plateau.meeting.MeetingBroadcaster;
import app.plateau.meeting.MeetingService;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * "My meetings", for every role: today and the week ahead as a list with the way to join each
 * meeting, and a week grid. Meetings booked, changed or cancelled by others show without a reload.
 */
@Route(MeetingsView.ROUTE)
@Menu(order = 5, title = "nav.meetings", icon = "vaadin:calendar-clock")
@MenuNeeds(MenuNeeds.Need.PERSON)
@PermitAll
public class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "meetings";
    /** The list covers today and this many days after it. */
    static final int DAYS_AHEAD = 7;

    private final transient MeetingService meetings;
    private final transient CalendarService calendars;
    private final transient Clock clock;
    private final ZoneId zone;
    private final MeetingText text;

    final Button create;
    /** Opens the personal calendar feed; absent for accounts without a person (no agenda of their own). */
    final Button feed;
    final TabSheet tabs = new TabSheet();
    final Tab listTab;
    final Tab weekTab;
    final Grid<AgendaEntry> list = new Grid<>(AgendaEntry.class, false);
    final WeekGrid week = new WeekGrid();
    /** The same week as a list of days, shown instead of the grid on a phone (styles.css). */
    final AgendaDayList dayList = new AgendaDayList();
    final Span weekLabel = new Span();
    final Span weekEmpty = new Span();
    final Button previousWeek = new Button();
    final Button thisWeek = new Button();
    final Button nextWeek = new Button();
    LocalDate monday;
    /** Redraws the list when a row changes by itself: a join link appears or goes. */
    private final ClockFollower clockFollower;
    /** One column per field on a desk screen, one column of cards on a phone. */
    private PhoneCards cards;

    public MeetingsView(MeetingService meetings, CalendarService calendars, CalendarFeedService feeds,
            MeetingBroadcaster live, SiteService sites, Clock clock) {
        this.meetings = meetings;
        this.calendars = calendars;
        this.clock = clock;
        PlateauUser user = CurrentUser.get();
        this.zone = user.siteId() == null ? ZoneId.of(Site.DEFAULT_TIME_ZONE) : sites.get(user.siteId()).zoneId();
        this.text = new MeetingText(getLocale());
        addClassName("meetings-view");
        setSizeFull();

        boolean organiser = user.personId() != null && (user.has(Role.TEAM_LEAD) || user.has(Role.SITE_MANAGER)
                || user.has(Role.HEALTH_OFFICER));
        create = new Button(text.t("meetings.new"), VaadinIcon.PLUS.create(), event -> openEditor());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Span intro = new Span(text.t("meetings.intro"));
        intro.addClassName("help-text");
        HorizontalLayout header = new HorizontalLayout(intro);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("meetings-header");
        header.setFlexGrow(1, intro);
        if (user.personId() != null) {
            feed = new Button(text.t("meetings.calendar-feed"), VaadinIcon.CALENDAR.create(),
                    event -> new CalendarFeedDialog(feeds).open());
            header.add(feed);
        } else {
            feed = null;
        }
        if (organiser) {
            header.add(create);
        }

        configureList();
        Div weekPane = weekPane();
        listTab = tabs.add(text.t("meetings.tab.list"), list);
        weekTab = tabs.add(text.t("meetings.tab.week"), weekPane);
        tabs.setSizeFull();
        tabs.addSelectedChangeListener(event -> {
            if (event.getSelectedTab() == weekTab) {
                showWeek();
            }
        });
        add(header, tabs);
        setFlexGrow(1, tabs);

        monday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Live.refresh(this, live.people(), () -> CurrentUser.get().personId(), this::refresh);
        clockFollower = ClockFollower.follow(this, clock, this::refresh);
        refresh();
    }

    private void configureList() {
        list.addColumn(entry -> text.when(entry.start(), entry.end(), today())).setKey("when")
                .setHeader(text.t("meetings.column.when")).setWidth("11rem").setFlexGrow(0);
        list.addColumn(AgendaEntry::title).setKey("title").setHeader(text.t("meeting.title")).setWidth("10rem")
                .setFlexGrow(2);
        list.addColumn(new ComponentRenderer<>(entry -> text.shortModeLabel(entry.mode()))).setKey("mode")
                .setHeader(text.t("meeting.mode")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(AgendaEntry::organiserName).setKey("organiser")
                .setHeader(text.t("meetings.column.organiser")).setWidth("8rem").setFlexGrow(1);
        list.addColumn(new ComponentRenderer<>(entry -> text.state(entry.state()))).setKey("state")
                .setHeader(text.t("meetings.column.state")).setWidth("9rem").setFlexGrow(0);
        // A dial-in number and its PIN need room: the column is given a width and grows, never cut.
        list.addColumn(new ComponentRenderer<>(entry -> cards.narrow() ? new Span() : howToJoin(entry)))
                .setKey("join").setHeader(text.t("meetings.column.join")).setWidth("15rem").setFlexGrow(2);
        // A phone has room for one column: each meeting as a short card, read without scrolling sideways.
        list.addColumn(new ComponentRenderer<>(entry -> cards.narrow() ? meetingCard(entry) : new Span()))
                .setKey("meeting").setHeader(text.t("meetings.column.meeting")).setVisible(false);
        cards = PhoneCards.follow(this, list, "meeting");
        list.setPartNameGenerator(entry -> entry.start().toLocalDate().equals(today()) ? "meeting-today" : null);
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setEmptyStateText(text.t("meetings.empty"));
        list.addItemClickListener(event -> openDetails(event.getItem()));
        list.setSizeFull();
        list.addClassName("meetings-list");
    }

    /** Shows the layout for a window this wide, as a resize would. */
    void fitTo(int windowWidth) {
        cards.fitTo(windowWidth);
    }

    /** A meeting on a phone: its title, when, how it is held and by whom, its state, and how to join. */
    private Component meetingCard(AgendaEntry entry) {
        Div title = new Div(entry.title());
        title.addClassName("meeting-card-title");
        Div when = new Div(text.when(entry.start(), entry.end(), today()));
        Div how = new Div(text.shortModeLabel(entry.mode()), new Span(text.t("meetings.card.organiser",
                entry.organiserName())));
        how.addClassName("meeting-card-how");
        Div card = new Div(title, when, how, text.state(entry.state()), howToJoin(entry));
        card.addClassName("meeting-card");
        return card;
    }

    private Div weekPane() {
        previousWeek.setIcon(VaadinIcon.ANGLE_LEFT.create());
        previousWeek.setAriaLabel(text.t("meetings.week.previous"));
        previousWeek.setTooltipText(text.t("meetings.week.previous"));
        previousWeek.addClickListener(event -> goToWeek(monday.minusWeeks(1)));
        nextWeek.setIcon(VaadinIcon.ANGLE_RIGHT.create());
        nextWeek.setAriaLabel(text.t("meetings.week.next"));
        nextWeek.setTooltipText(text.t("meetings.week.next"));
        nextWeek.addClickListener(event -> goToWeek(monday.plusWeeks(1)));
        thisWeek.setText(text.t("meetings.week.this"));
        thisWeek.addClickListener(event -> goToWeek(today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
        for (Button button : List.of(previousWeek, nextWeek, thisWeek)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        weekLabel.addClassName("week-label");
        weekEmpty.setText(text.t("meetings.week.empty"));
        weekEmpty.addClassName("help-text");
        HorizontalLayout toolbar = new HorizontalLayout(previousWeek, thisWeek, nextWeek, weekLabel);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.addClassName("week-toolbar");
        Div pane = new Div(toolbar, weekEmpty, week, dayList);
        pane.addClassName("week-pane");
        return pane;
    }

    void goToWeek(LocalDate newMonday) {
        monday = newMonday;
        showWeek();
    }

    /** Re-reads the list and the week shown: after one's own change and when a change is pushed. */
    void refresh() {
        Instant from = today().atStartOfDay(zone).toInstant();
        Instant to = today().plusDays(DAYS_AHEAD + 1L).atStartOfDay(zone).toInstant();
        list.setItems(query -> {
            List<AgendaEntry> page = meetings.agenda(from, to, VaadinSpringDataHelpers.toSpringPageRequest(query));
            LocalDateTime now = now();
            page.forEach(entry -> entry.joinChangesAfter(now)
                    .ifPresent(moment -> clockFollower.note(moment.atZone(zone).toInstant())));
            return page.stream();
        }, query -> (int) meetings.countAgenda(from, to));
        if (tabs.getSelectedTab() == weekTab) {
            showWeek();
        }
    }

    void showWeek() {
        List<AgendaEntry> entries = meetings.week(monday);
        weekLabel.setText(text.t("meetings.week.label", text.longDate(monday), text.longDate(monday.plusDays(6))));
        weekEmpty.setVisible(entries.isEmpty());
        week.show(monday, entries, today(), text, this::openDetails);
        dayList.show(monday, entries, today(), text, this::openDetails);
    }

    private Component howToJoin(AgendaEntry entry) {
        Component how = text.joinCell(entry, now());
        if (how instanceof Anchor link) {
            // Joining opens the room in a new tab; the row's own click (the details) stays out of it.
            link.getElement().executeJs("this.addEventListener('click', e => e.stopPropagation())");
        }
        return how;
    }

    void openEditor() {
        new MeetingEditor(meetings, clock, zone, this::refresh).create();
    }

    void openDetails(AgendaEntry entry) {
        MeetingDetailsDialog.show(meetings, calendars, clock, zone, entry, this::refresh);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone));
    }

    @Override
    public String getPageTitle() {
        return text.t("meetings.title");
    }
}
