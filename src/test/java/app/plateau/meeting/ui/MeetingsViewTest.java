package app.plateau.meeting.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.Signing;
import app.plateau.meeting.Bridge;
import app.plateau.meeting.BridgeService;
import app.plateau.meeting.MeetingDetails;
import app.plateau.meeting.MeetingMode;
import app.plateau.meeting.MeetingDraft;
import app.plateau.meeting.MeetingService;
import app.plateau.meeting.Option;
import app.plateau.meeting.Recurrence;
import app.plateau.organisation.Person;
import app.plateau.security.AccountService;
import app.plateau.security.AccountService.AccountDraft;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class MeetingsViewTest extends KaribuTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    AccountService accounts;
    @Autowired
    BridgeService bridges;

    TestSite testSite;
    ZoneId zone;
    /** Next week's Monday: always within the list's seven days ahead, and always to come. */
    LocalDate monday;
    Person second;
    String secondLead;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
        zone = testSite.site().zoneId();
        monday = LocalDate.now(zone).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        second = fixtures.person(testSite.site(), Fixtures.unique("p"), "Salma Second", testSite.team(),
                testSite.floor1());
        secondLead = Fixtures.unique("lead2-").toLowerCase();
        Fixtures.asSystem(() -> accounts.create(new AccountDraft(secondLead, second.getFullName(),
                testSite.site().getId(), second.getId(), EnumSet.of(Role.TEAM_LEAD)), Fixtures.PASSWORD));
    }

    /** Acts as someone else from another device, leaving whoever is signed in here as they were. */
    private <T> T as(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        Signing.signIn(users, username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private MeetingsView open(Role role) {
        login(testSite.username(role));
        UI.getCurrent().navigate(MeetingsView.class);
        return _get(MeetingsView.class);
    }

    private MeetingEditor newMeeting(String title, LocalDate day, LocalTime start, LocalTime end) {
        click("Nouvelle réunion");
        MeetingEditor editor = _get(MeetingEditor.class);
        _setValue(editor.title, title);
        _setValue(editor.date, day);
        _setValue(editor.start, start);
        _setValue(editor.end, end);
        return editor;
    }

    private static Option option(MeetingEditor editor, String label) {
        return editor.teams.getListDataView().getItems().filter(o -> o.label().equals(label)).findFirst()
                .orElseThrow();
    }

    /** The texts of the week grid's blocks on one day, as the browser shows them. */
    private static List<String> blocksOn(MeetingsView view, LocalDate day) {
        Div column = _get(view.week, Div.class, spec -> spec.withClasses("week-day")
                .withAttribute("data-day", day.toString()));
        return _find(column, Div.class, spec -> spec.withClasses("week-block")).stream()
                .map(block -> block.getElement().getTextRecursively()).toList();
    }

    private void showWeekOf(MeetingsView view, LocalDate someDay) {
        view.tabs.setSelectedTab(view.weekTab);
        LocalDate target = someDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (view.monday.isBefore(target)) {
            _click(view.nextWeek);
        }
        assertThat(view.monday).isEqualTo(target);
    }

    @Test
    void the_lead_books_the_daily_briefing_for_the_team_and_sees_it_in_the_list_and_the_week() {
        MeetingsView view = open(Role.TEAM_LEAD);
        MeetingEditor editor = newMeeting("Briefing quotidien", monday, LocalTime.of(8, 45), LocalTime.of(9, 0));
        _setValue(editor.teams, Set.of(option(editor, testSite.team().getName())));
        act(() -> _click(editor.save));

        assertThat(notifications()).contains(
                "« Briefing quotidien » est réservée. Les participants la voient dans leur agenda.");
        assertThat(editor.isOpened()).isFalse();
        assertThat(column(view.list, "title")).containsExactly("Briefing quotidien");
        assertThat(column(view.list, "when")).singleElement().asString().endsWith("08:45–09:00");
        assertThat(column(view.list, "organiser")).containsExactly(testSite.lead().getFullName());

        showWeekOf(view, monday);
        assertThat(blocksOn(view, monday)).singleElement().asString()
                .contains("08:45–09:00", "Briefing quotidien", "Visioconférence");
        assertThat(view.weekLabel.getText()).startsWith("Du " + monday.getDayOfMonth() + " ");
    }

    @Test
    void on_a_phone_the_week_reads_as_a_list_of_days_holding_the_weeks_meetings_in_order() {
        MeetingsView view = open(Role.TEAM_LEAD);
        for (LocalDateTime start : List.of(monday.plusDays(2).atTime(14, 0), monday.atTime(16, 0),
                monday.atTime(8, 45))) {
            meetings.book(MeetingDraft.video("Point " + start.getHour() + "h", start, start.plusMinutes(30),
                    Set.of(testSite.agent().getId())));
        }
        showWeekOf(view, monday);

        List<Div> days = _find(view.dayList, Div.class, spec -> spec.withClasses("agenda-day"));
        assertThat(days).extracting(day -> day.getElement().getAttribute("data-day"))
                .containsExactly(monday.toString(), monday.plusDays(2).toString());
        assertThat(_find(view.dayList, Div.class, spec -> spec.withClasses("agenda-item")))
                .extracting(item -> item.getElement().getTextRecursively())
                .containsExactly("08:45–09:15Point 8hVisio", "16:00–16:30Point 16hVisio", "14:00–14:30Point 14hVisio");
        assertThat(days.get(0).getElement().getTextRecursively())
                .startsWith(new MeetingText(UI.getCurrent().getLocale()).day(monday));

        _click(_find(view.dayList, Div.class, spec -> spec.withClasses("agenda-item")).get(2));
        assertThat(_get(MeetingDetailsDialog.class).getDetails().title()).isEqualTo("Point 14h");
    }

    @Test
    void a_weekday_series_shows_one_block_on_each_working_day_of_the_week() {
        MeetingsView view = open(Role.TEAM_LEAD);
        MeetingEditor editor = newMeeting("Briefing quotidien", monday, LocalTime.of(8, 45), LocalTime.of(9, 0));
        _setValue(editor.teams, Set.of(option(editor, testSite.team().getName())));
        _setValue(editor.repeat, Recurrence.Repeat.WEEKDAYS);
        _setValue(editor.ends, MeetingEditor.End.UNTIL);
        _setValue(editor.until, monday.plusDays(11));
        act(() -> _click(editor.save));

        showWeekOf(view, monday);
        for (int day = 0; day < 5; day++) {
            assertThat(blocksOn(view, monday.plusDays(day))).as("day %d", day).hasSize(1);
        }
        assertThat(blocksOn(view, monday.plusDays(5))).isEmpty();
        assertThat(blocksOn(view, monday.plusDays(6))).isEmpty();
        _click(view.nextWeek);
        assertThat(blocksOn(view, monday.plusDays(7))).hasSize(1);
        assertThat(blocksOn(view, monday.plusDays(11))).hasSize(1);
        assertThat(blocksOn(view, monday.plusDays(12))).isEmpty();
    }

    @Test
    void a_weekly_series_repeats_on_the_day_of_its_date_and_follows_the_date_until_days_are_picked_by_hand() {
        MeetingsView view = open(Role.TEAM_LEAD);
        LocalDate tuesday = monday.plusDays(1);
        MeetingEditor editor = newMeeting("Point hebdo", tuesday, LocalTime.of(10, 0), LocalTime.of(10, 30));
        _setValue(editor.teams, Set.of(option(editor, testSite.team().getName())));
        _setValue(editor.repeat, Recurrence.Repeat.WEEKLY);
        assertThat(editor.days.getValue()).containsExactly(DayOfWeek.TUESDAY);

        _setValue(editor.date, monday.plusDays(3));
        assertThat(editor.days.getValue()).containsExactly(DayOfWeek.THURSDAY);
        _setValue(editor.date, tuesday);
        assertThat(editor.days.getValue()).containsExactly(DayOfWeek.TUESDAY);

        _setValue(editor.ends, MeetingEditor.End.UNTIL);
        _setValue(editor.until, tuesday.plusWeeks(1));
        act(() -> _click(editor.save));

        showWeekOf(view, tuesday);
        assertThat(blocksOn(view, tuesday)).singleElement().asString().contains("Point hebdo");
        assertThat(blocksOn(view, monday.plusDays(6))).isEmpty();
        _click(view.nextWeek);
        assertThat(blocksOn(view, tuesday.plusWeeks(1))).hasSize(1);
        assertThat(blocksOn(view, monday.plusDays(13))).isEmpty();
    }

    @Test
    void days_picked_by_hand_stay_when_the_date_moves_and_a_date_off_them_is_refused_by_name() {
        open(Role.TEAM_LEAD);
        MeetingEditor editor = newMeeting("Point hebdo", monday, LocalTime.of(10, 0), LocalTime.of(10, 30));
        _setValue(editor.teams, Set.of(option(editor, testSite.team().getName())));
        _setValue(editor.repeat, Recurrence.Repeat.WEEKLY);
        _setValue(editor.days, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));

        _setValue(editor.date, monday.plusDays(2));
        assertThat(editor.days.getValue()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        act(() -> _click(editor.save));

        assertThat(editor.isOpened()).isTrue();
        assertThat(notifications()).anySatisfy(message -> assertThat(message)
                .contains("est un mercredi", "(lundi, jeudi)"));
    }

    @Test
    void the_booking_form_shows_attendees_busy_times_and_moves_to_the_next_time_all_are_free() {
        as(secondLead, () -> meetings.book(MeetingDraft.video("Formation", monday.atTime(9, 0), monday.atTime(10, 0),
                Set.of(testSite.agent().getId()))));
        MeetingsView view = open(Role.TEAM_LEAD);
        MeetingEditor editor = newMeeting("Point", monday, LocalTime.of(9, 0), LocalTime.of(9, 30));
        _setValue(editor.people, Set.of(new Option(testSite.agent().getId(), testSite.agent().getFullName(), null)));

        Div agentRow = _get(editor.freeBusy, Div.class, spec -> spec.withClasses("free-busy-row")
                .withAttribute("data-person", String.valueOf(testSite.agent().getId())));
        assertThat(_find(agentRow, Div.class, spec -> spec.withClasses("free-busy-busy")))
                .extracting(block -> block.getElement().getAttribute("title")).containsExactly("Pris de 09:00 à 10:00");
        assertThat(_find(agentRow, Div.class, spec -> spec.withClasses("free-busy-chosen"))).hasSize(1);
        Div leadRow = _get(editor.freeBusy, Div.class, spec -> spec.withClasses("free-busy-row")
                .withAttribute("data-person", String.valueOf(testSite.lead().getId())));
        assertThat(leadRow.getElement().getTextRecursively()).isEqualTo(testSite.lead().getFullName() + " (vous)");
        MeetingText text = new MeetingText(UI.getCurrent().getLocale());
        assertThat(editor.suggestion.getText()).isEqualTo("Prochain créneau où tout le monde est libre : "
                + text.when(monday.atTime(10, 0), monday.atTime(10, 30), LocalDate.now(zone)) + ".");

        _click(editor.useSuggestion);
        assertThat(editor.date.getValue()).isEqualTo(monday);
        assertThat(editor.start.getValue()).isEqualTo(LocalTime.of(10, 0));
        assertThat(editor.end.getValue()).isEqualTo(LocalTime.of(10, 30));
        assertThat(editor.suggestion.getText()).isEqualTo("Tout le monde est libre à ce moment.");
        assertThat(editor.useSuggestion.isVisible()).isFalse();

        act(() -> _click(editor.save));
        _assertNone(ConfirmDialog.class);
        assertThat(column(view.list, "title")).contains("Point");
    }

    @Test
    void an_attendee_already_busy_is_named_and_the_lead_books_anyway() {
        as(secondLead, () -> meetings.book(MeetingDraft.video("Briefing", monday.atTime(8, 45),
                monday.atTime(9, 0), Set.of(testSite.agent().getId()))));
        MeetingsView view = open(Role.TEAM_LEAD);
        MeetingEditor editor = newMeeting("Point qualité", monday, LocalTime.of(8, 50), LocalTime.of(9, 30));
        _setValue(editor.people, Set.of(new Option(testSite.agent().getId(), testSite.agent().getFullName(),
                testSite.team().getName())));
        act(() -> _click(editor.save));

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        String shownDay = new MeetingText(UI.getCurrent().getLocale()).shortDay(monday);
        assertThat(confirm.getElement().getTextRecursively())
                .contains(testSite.agent().getFullName() + " — « Briefing » " + shownDay + " 08:45–09:00")
                .contains("Un participant a déjà une réunion à ce moment.");
        assertThat(_size(view.list)).isZero();

        act(() -> _fireConfirm(confirm));
        assertThat(editor.isOpened()).isFalse();
        assertThat(column(view.list, "title")).containsExactly("Point qualité");
    }

    @Test
    void a_long_series_colliding_every_day_is_one_line_with_its_first_time_and_how_many_more() {
        as(secondLead, () -> meetings.book(MeetingDraft.video("Briefing", monday.atTime(8, 45), monday.atTime(9, 0),
                Set.of(testSite.agent().getId())).withRecurrence(new Recurrence(Recurrence.Repeat.DAILY, Set.of(),
                null, 20))));
        open(Role.TEAM_LEAD);
        MeetingEditor editor = newMeeting("Point", monday, LocalTime.of(8, 50), LocalTime.of(9, 10));
        _setValue(editor.people, Set.of(new Option(testSite.agent().getId(), testSite.agent().getFullName(), null)));
        _setValue(editor.repeat, Recurrence.Repeat.DAILY);
        _setValue(editor.ends, MeetingEditor.End.COUNT);
        _setValue(editor.count, 20);
        act(() -> _click(editor.save));

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        String shownDay = new MeetingText(UI.getCurrent().getLocale()).shortDay(monday);
        assertThat(_find(confirm, ListItem.class)).singleElement().extracting(item -> item.getElement()
                .getTextRecursively()).isEqualTo(testSite.agent().getFullName() + " — « Briefing » " + shownDay
                + " 08:45–09:00, puis 19 autres fois");
    }

    @Test
    void a_team_already_at_the_same_meeting_is_one_line_with_a_count_and_its_names_folded() {
        Person third = fixtures.person(testSite.site(), Fixtures.unique("p"), "Karim Third", testSite.team(),
                testSite.floor1());
        as(secondLead, () -> meetings.book(MeetingDraft.video("Formation", monday.atTime(8, 45), monday.atTime(9, 45),
                Set.of(testSite.agent().getId(), third.getId()))));
        open(Role.TEAM_LEAD);
        MeetingEditor editor = newMeeting("Point", monday, LocalTime.of(9, 0), LocalTime.of(9, 30));
        _setValue(editor.people, Set.of(new Option(testSite.agent().getId(), testSite.agent().getFullName(), null),
                new Option(third.getId(), third.getFullName(), null)));
        act(() -> _click(editor.save));

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        List<Details> groups = _find(confirm, Details.class, spec -> spec.withClasses("conflict-group"));
        assertThat(_find(confirm, ListItem.class)).hasSize(1);
        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.getSummaryText()).startsWith("2 personnes — « Formation » ").endsWith("08:45–09:45")
                    .doesNotContain("autres fois");
            assertThat(group.isOpened()).isFalse();
            assertThat(group.getElement().getTextRecursively()).contains(testSite.agent().getFullName(),
                    "Karim Third");
        });
    }

    @Test
    void bad_input_is_refused_with_its_message_and_the_form_keeps_what_was_typed() {
        MeetingsView view = open(Role.TEAM_LEAD);
        MeetingEditor editor = newMeeting("Point du matin", monday, LocalTime.of(10, 0), LocalTime.of(9, 0));
        _setValue(editor.teams, Set.of(option(editor, testSite.team().getName())));
        act(() -> _click(editor.save));
        assertThat(notifications()).contains("La fin doit être après le début.");
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.title.getValue()).isEqualTo("Point du matin");

        _setValue(editor.end, LocalTime.of(10, 30));
        _setValue(editor.teams, Set.of());
        act(() -> _click(editor.save));
        assertThat(notifications()).contains("Invitez au moins une personne ou une équipe.");

        _setValue(editor.teams, Set.of(option(editor, testSite.team().getName())));
        _setValue(editor.link, "http://zoom.us/j/123");
        act(() -> _click(editor.save));
        assertThat(notifications()).contains(
                "Le lien externe doit être une adresse https:// complète (Teams, Zoom, Meet…).");
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.link.getValue()).isEqualTo("http://zoom.us/j/123");

        assertThat(_size(view.list)).isZero();
        assertThat(meetings.countAgenda(monday.atStartOfDay(zone).toInstant(),
                monday.plusDays(1).atStartOfDay(zone).toInstant())).isZero();
    }

    @Test
    void an_agent_sees_a_meeting_about_to_start_with_a_join_link_and_cannot_book() {
        LocalDateTime soon = LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(5);
        MeetingDetails booked = as(testSite.username(Role.TEAM_LEAD), () -> meetings.book(MeetingDraft.video(
                "Point sécurité", soon, soon.plusMinutes(30), Set.of(testSite.agent().getId()))));

        MeetingsView view = open(Role.AGENT);
        assertThat(column(view.list, "title")).containsExactly("Point sécurité");
        Anchor join = _get(_getCellComponent(view.list, 0, "join"), Anchor.class,
                spec -> spec.withText("Rejoindre"));
        assertThat(join.getHref()).isEqualTo(booked.videoRoomUrl());
        assertThat(join.getTarget()).contains(com.vaadin.flow.component.html.AnchorTarget.BLANK.getValue());
        _assertNone(Button.class, spec -> spec.withText("Nouvelle réunion"));
    }

    @Test
    void on_a_phone_the_list_is_one_card_per_meeting_with_its_join_link() {
        LocalDateTime soon = LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(5);
        MeetingDetails booked = as(testSite.username(Role.TEAM_LEAD), () -> meetings.book(MeetingDraft.video(
                "Point sécurité", soon, soon.plusMinutes(30), Set.of(testSite.agent().getId()))));
        windowWidth(390);

        MeetingsView view = open(Role.AGENT);

        assertThat(view.list.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("meeting");
        Component card = _getCellComponent(view.list, 0, "meeting");
        assertThat(card.getElement().getTextRecursively()).contains("Point sécurité", "Visio",
                "par " + testSite.lead().getFullName(), "Prévue");
        assertThat(_get(card, Anchor.class, spec -> spec.withText("Rejoindre")).getHref())
                .isEqualTo(booked.videoRoomUrl());
        // The link is on the card only.
        _assertNone(_getCellComponent(view.list, 0, "join"), Anchor.class, spec -> { });
    }

    @Test
    void a_meeting_later_in_the_week_shows_when_its_link_opens() {
        as(testSite.username(Role.TEAM_LEAD), () -> meetings.book(MeetingDraft.video("Point hebdo",
                monday.atTime(14, 0), monday.atTime(14, 30), Set.of(testSite.agent().getId()))));
        MeetingsView view = open(Role.AGENT);
        assertThat(column(view.list, "title")).containsExactly("Point hebdo");
        _assertNone(_getCellComponent(view.list, 0, "join"), Anchor.class, spec -> { });
        assertThat(_getCellComponent(view.list, 0, "join").getElement().getText())
                .isEqualTo("Lien ouvert dès 13:45");
    }

    @Test
    void cancelling_one_occurrence_removes_it_from_the_week_and_keeps_the_others() {
        as(testSite.username(Role.TEAM_LEAD), () -> meetings.book(MeetingDraft.video("Briefing quotidien",
                monday.atTime(8, 45), monday.atTime(9, 0), Set.of(testSite.agent().getId()))
                .withRecurrence(Recurrence.weekdays(monday.plusDays(4)))));
        MeetingsView view = open(Role.TEAM_LEAD);
        showWeekOf(view, monday);
        LocalDate tuesday = monday.plusDays(1);
        Div block = _get(_get(view.week, Div.class, spec -> spec.withClasses("week-day")
                .withAttribute("data-day", tuesday.toString())), Div.class, spec -> spec.withClasses("week-block"));
        _click(block);
        MeetingDetailsDialog details = _get(MeetingDetailsDialog.class);
        assertThat(details.getElement().getTextRecursively()).contains("Chaque jour ouvré jusqu’au");
        Anchor ics = _get(details.getDownloads(), Anchor.class);
        assertThat(ics.getText()).isEqualTo("Ajouter à mon agenda (.ics)");
        assertThat(ics.getHref()).isNotBlank();

        click("Annuler cette occurrence");
        act(() -> _fireConfirm(_get(ConfirmDialog.class)));

        assertThat(notifications()).contains("Cette occurrence de « Briefing quotidien » est annulée.");
        assertThat(blocksOn(view, tuesday)).isEmpty();
        assertThat(blocksOn(view, monday)).hasSize(1);
        assertThat(blocksOn(view, monday.plusDays(2))).hasSize(1);
    }

    @Test
    void every_role_opens_its_meetings_and_anonymous_goes_to_login() {
        for (Role role : Role.values()) {
            reset();
            login(testSite.username(role));
            UI.getCurrent().navigate(MeetingsView.class);
            assertThat(UI.getCurrent().getCurrentView()).as(role.name()).isInstanceOf(MeetingsView.class);
            boolean organiser = role == Role.TEAM_LEAD;
            assertThat(_find(Button.class, spec -> spec.withText("Nouvelle réunion"))).as(role.name())
                    .hasSize(organiser ? 1 : 0);
        }
        reset();
        UI.getCurrent().navigate(MeetingsView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void a_person_opens_their_calendar_feed_from_their_meetings_and_an_account_without_a_person_has_none() {
        MeetingsView view = open(Role.AGENT);
        _click(view.feed);
        CalendarFeedDialog dialog = _get(CalendarFeedDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getTextRecursively()).contains("Vous n’avez pas encore de lien d’agenda.");

        reset();
        MeetingsView auditors = open(Role.AUDITOR);
        assertThat(auditors.feed).isNull();
    }

    @Test
    void a_phone_meeting_shows_its_dial_in_number_and_pin_instead_of_a_link() {
        as(testSite.username(Role.ADMIN), () -> bridges.save(new Bridge(testSite.site().getId(), "Pont test",
                "+212 5 22 58 40 99", 10)));
        MeetingDetails booked = as(testSite.username(Role.TEAM_LEAD), () -> meetings.book(MeetingDraft.video(
                "Point téléphonique", monday.atTime(11, 0), monday.atTime(11, 30), Set.of(testSite.agent().getId()))
                .withMode(MeetingMode.PHONE)));

        MeetingsView view = open(Role.AGENT);
        assertThat(column(view.list, "title")).containsExactly("Point téléphonique");
        assertThat(_getCellComponent(view.list, 0, "join").getElement().getText())
                .isEqualTo("Composez le +212 5 22 58 40 99, code PIN " + booked.pin());
        _assertNone(_getCellComponent(view.list, 0, "join"), Anchor.class, spec -> { });
    }
}
