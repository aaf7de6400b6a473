package app.plateau.meeting.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.Signing;
import app.plateau.meeting.MeetingDetails;
import app.plateau.meeting.MeetingDraft;
import app.plateau.meeting.MeetingFixtures;
import app.plateau.meeting.MeetingMode;
import app.plateau.meeting.MeetingRoom;
import app.plateau.meeting.MeetingService;
import app.plateau.meeting.MeetingState;
import app.plateau.meeting.PhysicalMeetingService;
import app.plateau.meeting.Recurrence;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class MeetingRequestsViewTest extends KaribuTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingFixtures meetingFixtures;
    @Autowired
    PhysicalMeetingService requests;
    TestSite testSite;
    MeetingRoom anfa;
    LocalDate tuesday;
    MeetingDetails training;

    @BeforeEach
    void request() {
        testSite = fixtures.site();
        anfa = meetingFixtures.room(testSite, "Salle Anfa", 10);
        tuesday = LocalDate.now(testSite.site().zoneId()).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(1);
        training = as(testSite.username(Role.TEAM_LEAD), () -> meetings.book(draft("Formation premiers secours",
                tuesday.atTime(10, 0), Set.of(testSite.agent().getId()), Recurrence.NONE)));
    }

    private MeetingDraft draft(String title, LocalDateTime start, Set<Long> people, Recurrence recurrence) {
        return new MeetingDraft(title, null, start, start.plusHours(2), MeetingMode.VIDEO, null, people, Set.of(),
                recurrence, null, null, null, true)
                .inRoom(anfa.getId(), "Formation premiers secours : manipulation du matériel");
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

    private MeetingRequestsView open() {
        login(testSite.username(Role.SITE_MANAGER));
        UI.getCurrent().navigate(MeetingRequestsView.class);
        return _get(MeetingRequestsView.class);
    }

    private static Button rowButton(MeetingRequestsView view, int row, String text) {
        return _get(GridKt._getCellComponent(view.grid, row, "actions"), Button.class, spec -> spec.withText(text));
    }

    private String badge() {
        return _get(SideNavItem.class, spec -> spec.withLabel("Réunions physiques à approuver"))
                .getSuffixComponent().getElement().getText();
    }

    @Test
    void the_manager_sees_who_asks_for_which_room_when_for_how_many_and_why() {
        MeetingRequestsView view = open();

        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormatted(view.grid, 0, "organiser")).isEqualTo(testSite.lead().getFullName());
        assertThat(_getFormatted(view.grid, 0, "title")).isEqualTo("Formation premiers secours");
        assertThat(_getFormatted(view.grid, 0, "when")).isEqualTo("Le " + date(tuesday) + " de 10:00 à 12:00");
        assertThat(_getFormatted(view.grid, 0, "room")).isEqualTo("Salle Anfa (10)");
        assertThat(_getFormatted(view.grid, 0, "participants")).isEqualTo("2");
        assertThat(_getFormatted(view.grid, 0, "justification"))
                .isEqualTo("Formation premiers secours : manipulation du matériel");
        assertThat(view.pendingCount.getText()).isEqualTo("1 demande en attente");
        assertThat(badge()).isEqualTo("1");
    }

    @Test
    void on_a_phone_each_request_is_one_card_with_what_when_where_why_and_its_buttons() {
        windowWidth(390);
        MeetingRequestsView view = open();

        assertThat(view.grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("request");
        Component card = GridKt._getCellComponent(view.grid, 0, "request");
        assertThat(card.getChildren().limit(5).map(line -> line.getElement().getText())).containsExactly(
                "Formation premiers secours", "Le " + date(tuesday) + " de 10:00 à 12:00",
                "Salle Anfa (jauge 10) · 2 participants", "Formation premiers secours : manipulation du matériel",
                "Demandée par " + testSite.lead().getFullName() + " le " + _getFormatted(view.grid, 0, "asked"));
        assertThat(_find(GridKt._getCellComponent(view.grid, 0, "actions"), Button.class)).isEmpty();

        act(() -> _click(_get(card, Button.class, spec -> spec.withText("Approuver"))));

        assertThat(_size(view.grid)).isZero();
        assertThat(as(testSite.username(Role.TEAM_LEAD), () -> meetings.get(training.id())).state())
                .isEqualTo(MeetingState.SCHEDULED);
    }

    @Test
    void at_a_desk_each_field_has_a_column_that_wraps_and_the_buttons_stand_one_above_the_other() {
        windowWidth(1366);
        MeetingRequestsView view = open();

        assertThat(view.grid.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(8);
        assertThat(view.grid.getThemeNames()).contains("wrap-cell-content");
        assertThat(view.grid.getColumnByKey("justification").getWidth()).isEqualTo("10.5rem");
        assertThat(GridKt._getCellComponent(view.grid, 0, "actions").getElement().getClassList())
                .contains("meeting-request-actions");
        assertThat(rowButton(view, 0, "Approuver").isVisible()).isTrue();
    }

    @Test
    void a_series_shows_how_it_repeats() {
        as(testSite.username(Role.TEAM_LEAD), () -> meetings.book(draft("Atelier gestes", tuesday.atTime(14, 0),
                Set.of(testSite.agent().getId()), Recurrence.weekdays(tuesday.plusDays(7)))));
        MeetingRequestsView view = open();

        assertThat(_getFormatted(view.grid, 1, "when")).isEqualTo("Le " + date(tuesday) + " de 14:00 à 16:00"
                + " · Du lundi au vendredi, jusqu’au " + date(tuesday.plusDays(7)));
    }

    @Test
    void approving_removes_the_request_and_the_organiser_sees_it_scheduled() {
        MeetingRequestsView view = open();
        act(() -> _click(rowButton(view, 0, "Approuver")));

        assertThat(notifications()).contains("« Formation premiers secours » est approuvée : "
                + testSite.lead().getFullName() + " et les participants la voient dans leur agenda.");
        assertThat(_size(view.grid)).isZero();
        assertThat(view.pendingCount.getText()).isEqualTo("Aucune demande en attente");
        assertThat(as(testSite.username(Role.TEAM_LEAD), () -> meetings.get(training.id())).state())
                .isEqualTo(MeetingState.SCHEDULED);
    }

    @Test
    void denying_needs_a_reason_which_the_organiser_reads() {
        MeetingRequestsView view = open();
        act(() -> _click(rowButton(view, 0, "Refuser")));
        act(() -> _click(_get(Button.class, spec -> spec.withText("Refuser"))));
        assertThat(notifications()).contains("Le champ « Motif du refus » est obligatoire.");

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Motif du refus")), "Faites-la en visioconférence");
        act(() -> _click(_get(Button.class, spec -> spec.withText("Refuser"))));

        assertThat(_size(view.grid)).isZero();
        MeetingDetails seen = as(testSite.username(Role.TEAM_LEAD), () -> meetings.get(training.id()));
        assertThat(seen.state()).isEqualTo(MeetingState.DENIED);
        assertThat(seen.denyReason()).isEqualTo("Faites-la en visioconférence");
    }

    @Test
    void a_new_request_appears_with_its_count_without_a_reload_after_the_push_task_runs() {
        MeetingRequestsView view = open();
        String other = meetingFixtures.organiser(testSite, "Salma Second");
        as(other, () -> meetings.book(draft("Atelier gestes", tuesday.atTime(14, 0),
                Set.of(testSite.agent().getId()), Recurrence.NONE)));
        pushRoundtrip();

        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(_getFormatted(view.grid, 1, "title")).isEqualTo("Atelier gestes");
        assertThat(view.pendingCount.getText()).isEqualTo("2 demandes en attente");
        assertThat(badge()).isEqualTo("2");
    }

    @Test
    void a_request_decided_by_another_manager_leaves_the_list_without_a_reload() {
        MeetingRequestsView view = open();
        String other = meetingFixtures.manager(testSite, "Hicham Autre Responsable");
        as(other, () -> {
            requests.approve(training.id());
            return null;
        });
        pushRoundtrip();

        assertThat(_size(view.grid)).isZero();
        assertThat(view.pendingCount.getText()).isEqualTo("Aucune demande en attente");
        assertThat(_get(SideNavItem.class, spec -> spec.withLabel("Réunions physiques à approuver"))
                .getSuffixComponent().isVisible()).isFalse();
    }

    @Test
    void an_agent_cannot_open_the_requests_and_anonymous_goes_to_login() {
        login(testSite.username(Role.AGENT));
        assertCannotOpen(MeetingRequestsView.class);
        reset();
        UI.getCurrent().navigate(MeetingRequestsView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    private static String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.FRENCH).format(day);
    }
}
