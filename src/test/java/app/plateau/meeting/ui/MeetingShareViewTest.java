package app.plateau.meeting.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.meeting.MeetingFixtures;
import app.plateau.meeting.MeetingMode;
import app.plateau.meeting.MeetingState;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MeetingShareViewTest extends KaribuTest {

    @Autowired
    MeetingFixtures meetingFixtures;
    @Autowired
    Clock clock;
    TestSite testSite;
    LocalDate monday;

    /** This week: 24 meetings held remotely and 1 in a room; two weeks ago: 3 phone meetings and nothing else. */
    @BeforeEach
    void history() {
        testSite = fixtures.site();
        monday = LocalDate.now(clock.withZone(testSite.site().zoneId()))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int i = 0; i < 24; i++) {
            meetingFixtures.held(testSite, i % 2 == 0 ? MeetingMode.VIDEO : MeetingMode.PHONE, MeetingState.SCHEDULED,
                    monday.plusDays(i % 5).atTime(8 + i / 5, 0), 15);
        }
        meetingFixtures.held(testSite, MeetingMode.PHYSICAL, MeetingState.SCHEDULED, monday.atTime(15, 0), 60);
        meetingFixtures.held(testSite, MeetingMode.PHYSICAL, MeetingState.DENIED, monday.atTime(16, 0), 60);
        for (int i = 0; i < 3; i++) {
            meetingFixtures.held(testSite, MeetingMode.PHONE, MeetingState.SCHEDULED,
                    monday.minusWeeks(2).plusDays(i).atTime(9, 0), 30);
        }
    }

    private MeetingShareView open(Role role) {
        login(testSite.username(role));
        UI.getCurrent().navigate(MeetingShareView.class);
        return _get(MeetingShareView.class);
    }

    @Test
    void the_manager_reads_this_weeks_share_and_eight_weeks_of_figures() {
        MeetingShareView view = open(Role.SITE_MANAGER);

        assertThat(view.thisWeek.getText())
                .isEqualTo("Cette semaine, 96\u00a0% des réunions se sont tenues à distance.");
        assertThat(_size(view.grid)).isEqualTo(8);
        int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        assertThat(_getFormattedRow(view.grid, 7)).startsWith("Semaine " + week + " (du " + date(monday) + ")",
                "24", "1", "96\u00a0%");
        assertThat(_getFormattedRow(view.grid, 5)).containsSubsequence("3", "0", "100\u00a0%");
        assertThat(_getFormattedRow(view.grid, 6)).containsSubsequence("0", "0", "—");
    }

    @Test
    void the_chart_draws_a_bar_per_week_with_its_share() {
        open(Role.SITE_MANAGER);

        String svg = _get(Svg.class).getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg");
        assertThat(Pattern.compile("<rect class=\"virtual\"").matcher(svg).results().count()).isEqualTo(8);
        assertThat(svg).contains(">96\u00a0%<", ">100\u00a0%<", "Réunions par semaine, à distance et en salle");
    }

    @Test
    void an_auditor_reads_the_figures_as_evidence() {
        MeetingShareView view = open(Role.AUDITOR);
        assertThat(view.thisWeek.getText()).contains("96\u00a0%");
    }

    @Test
    void an_agent_cannot_open_the_figures_and_anonymous_goes_to_login() {
        login(testSite.username(Role.AGENT));
        assertCannotOpen(MeetingShareView.class);
        reset();
        UI.getCurrent().navigate(MeetingShareView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    private static String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.FRENCH).format(day);
    }
}
