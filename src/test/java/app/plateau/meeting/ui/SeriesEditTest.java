package app.plateau.meeting.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.SetClock;
import app.plateau.Signing;
import app.plateau.meeting.MeetingDraft;
import app.plateau.meeting.MeetingService;
import app.plateau.meeting.Recurrence;
import app.plateau.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Changing a weekday briefing that already began: the form starts from the next occurrence, a
 * change that leaves the time alone keeps every occurrence, a new time applies from there on, and
 * one occurrence moves on its own. The clock is set to the middle of the series' week. The details
 * dialog and the list follow one join rule as the clock moves.
 */
@Tag("mariadb")
@Import(SetClock.AsApplicationClock.class)
@TestPropertySource(properties = "plateau.scheduling.enabled=false")
class SeriesEditTest extends KaribuTest {

    @Autowired
    SetClock clock;
    @Autowired
    MeetingService meetings;

    TestSite testSite;
    ZoneId zone;
    LocalDate monday;

    @BeforeEach
    void briefingSeries() {
        clock.set(Instant.now());
        testSite = fixtures.site();
        zone = testSite.site().zoneId();
        monday = LocalDate.now(zone).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Signing.signIn(users, testSite.username(Role.TEAM_LEAD));
        try {
            meetings.book(MeetingDraft.video("Briefing", monday.atTime(8, 45), monday.atTime(9, 0),
                    Set.of(testSite.agent().getId())).withRecurrence(Recurrence.weekdays(monday.plusDays(4))));
        } finally {
            SecurityContextHolder.clearContext();
        }
        // Tuesday noon of that week: Monday's and Tuesday's briefings are held.
        clock.set(monday.plusDays(1).atTime(12, 0).atZone(zone).toInstant());
    }

    private MeetingsView openWeek() {
        login(testSite.username(Role.TEAM_LEAD));
        UI.getCurrent().navigate(MeetingsView.class);
        MeetingsView view = _get(MeetingsView.class);
        view.tabs.setSelectedTab(view.weekTab);
        assertThat(view.monday).isEqualTo(monday);
        return view;
    }

    private static List<String> blocksOn(MeetingsView view, LocalDate day) {
        Div column = _get(view.week, Div.class, spec -> spec.withClasses("week-day")
                .withAttribute("data-day", day.toString()));
        return _find(column, Div.class, spec -> spec.withClasses("week-block")).stream()
                .map(block -> block.getElement().getTextRecursively()).toList();
    }

    private void openBlock(MeetingsView view, LocalDate day) {
        _click(_get(_get(view.week, Div.class, spec -> spec.withClasses("week-day")
                .withAttribute("data-day", day.toString())), Div.class, spec -> spec.withClasses("week-block")));
    }

    @Test
    void late_in_the_evening_the_new_form_ends_the_next_morning_and_books() {
        clock.set(monday.atTime(23, 35).atZone(zone).toInstant());
        login(testSite.username(Role.TEAM_LEAD));
        UI.getCurrent().navigate(MeetingsView.class);
        click("Nouvelle réunion");
        MeetingEditor editor = _get(MeetingEditor.class);
        assertThat(editor.start.getValue()).isEqualTo(LocalTime.of(23, 45));
        assertThat(editor.end.getValue()).isEqualTo(LocalTime.of(0, 15));
        assertThat(editor.end.getHelperText()).isEqualTo("Le lendemain");
        _setValue(editor.title, "Point de nuit");
        _setValue(editor.teams, Set.of(editor.teams.getListDataView().getItems()
                .filter(option -> option.label().equals(testSite.team().getName())).findFirst().orElseThrow()));
        _click(editor.save);

        assertThat(notifications()).contains(
                "« Point de nuit » est réservée. Les participants la voient dans leur agenda.");

        // Ten to nine after ten in the morning is still a mistake, not a meeting of 23 hours.
        click("Nouvelle réunion");
        MeetingEditor other = _get(MeetingEditor.class);
        _setValue(other.start, LocalTime.of(10, 0));
        _setValue(other.end, LocalTime.of(9, 50));
        assertThat(other.end.getHelperText()).isNullOrEmpty();

        // The team's agent holds it from 23:45 on Monday to 00:15 on Tuesday.
        Signing.signIn(users, testSite.username(Role.AGENT));
        assertThat(meetings.countAgenda(monday.atTime(23, 45).atZone(zone).toInstant(),
                monday.plusDays(1).atTime(0, 15).atZone(zone).toInstant())).isEqualTo(1);
        assertThat(meetings.countAgenda(monday.plusDays(1).atTime(0, 15).atZone(zone).toInstant(),
                monday.plusDays(1).atTime(1, 0).atZone(zone).toInstant())).isZero();
    }

    @Test
    void the_details_offer_to_join_only_when_the_list_says_the_link_opens() {
        clock.set(monday.plusDays(2).atTime(12, 0).atZone(zone).toInstant());
        login(testSite.username(Role.AGENT));
        UI.getCurrent().navigate(MeetingsView.class);
        MeetingsView view = _get(MeetingsView.class);
        // Wednesday's briefing is over; Thursday's is row 1.
        assertThat(_getCellComponent(view.list, 1, "join").getElement().getTextRecursively())
                .isEqualTo("Lien ouvert dès 08:30");
        view.tabs.setSelectedTab(view.weekTab);

        openBlock(view, monday.plusDays(3));
        MeetingDetailsDialog dayBefore = _get(MeetingDetailsDialog.class);
        _assertNone(dayBefore, Anchor.class, spec -> spec.withClasses("join-link"));
        assertThat(dayBefore.getElement().getTextRecursively()).contains("Lien ouvert dès 08:30");
        dayBefore.close();

        clock.set(monday.plusDays(3).atTime(8, 30).atZone(zone).toInstant());
        openBlock(view, monday.plusDays(3));
        MeetingDetailsDialog openTime = _get(MeetingDetailsDialog.class);
        assertThat(_get(openTime, Anchor.class, spec -> spec.withClasses("join-link")).getHref())
                .startsWith("https://");
        openTime.close();

        // The list, left open since Wednesday, offers the link at the next poll, Thursday's briefing first.
        pollOnce();
        assertThat(_getCellComponent(view.list, 0, "join")).isInstanceOfSatisfying(Anchor.class,
                link -> assertThat(link.getHref()).startsWith("https://"));
    }

    @Test
    void a_series_that_began_is_edited_from_its_next_occurrence_and_a_new_title_keeps_every_day() {
        MeetingsView view = openWeek();
        openBlock(view, monday.plusDays(3));
        click("Modifier la série");
        MeetingEditor editor = _get(MeetingEditor.class);
        assertThat(editor.date.getValue()).isEqualTo(monday.plusDays(2));
        assertThat(editor.start.getValue()).isEqualTo(LocalTime.of(8, 45));
        assertThat(editor.repeat.getValue()).isEqualTo(Recurrence.Repeat.WEEKDAYS);

        _setValue(editor.title, "Briefing d’équipe");
        act(() -> _click(editor.save));

        assertThat(notifications()).contains("« Briefing d’équipe » est modifiée. Les participants voient le changement.");
        for (int day = 0; day < 5; day++) {
            assertThat(blocksOn(view, monday.plusDays(day))).as("day %d", day).singleElement().asString()
                    .contains("08:45–09:00", "Briefing d’équipe");
        }
    }

    @Test
    void a_new_time_applies_from_the_next_occurrence_and_the_held_ones_stay() {
        MeetingsView view = openWeek();
        openBlock(view, monday);
        click("Modifier la série");
        MeetingEditor editor = _get(MeetingEditor.class);
        _setValue(editor.start, LocalTime.of(9, 0));
        _setValue(editor.end, LocalTime.of(9, 15));
        act(() -> _click(editor.save));

        assertThat(editor.isOpened()).isFalse();
        assertThat(blocksOn(view, monday)).singleElement().asString().contains("08:45–09:00");
        assertThat(blocksOn(view, monday.plusDays(1))).singleElement().asString().contains("08:45–09:00");
        for (int day = 2; day < 5; day++) {
            assertThat(blocksOn(view, monday.plusDays(day))).as("day %d", day).singleElement().asString()
                    .contains("09:00–09:15");
        }
    }

    @Test
    void one_occurrence_moves_on_its_own() {
        MeetingsView view = openWeek();
        openBlock(view, monday.plusDays(3));
        click("Déplacer cette occurrence");
        Dialog form = _get(Dialog.class, spec -> spec.withClasses("move-occurrence"));
        _setValue(_get(form, TimePicker.class, spec -> spec.withLabel("Début")), LocalTime.of(14, 0));
        _setValue(_get(form, TimePicker.class, spec -> spec.withLabel("Fin")), LocalTime.of(14, 15));
        assertThat(_get(form, DatePicker.class).getValue()).isEqualTo(monday.plusDays(3));
        act(() -> _click(_get(form, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Déplacer"))));

        assertThat(blocksOn(view, monday.plusDays(3))).singleElement().asString().contains("14:00–14:15");
        assertThat(blocksOn(view, monday.plusDays(4))).singleElement().asString().contains("08:45–09:00");
        openBlock(view, monday.plusDays(3));
        assertThat(_get(MeetingDetailsDialog.class).getElement().getTextRecursively())
                .contains("Occurrence déplacée");
    }
}
