package app.plateau.meeting.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.Signing;
import app.plateau.meeting.MeetingDraft;
import app.plateau.meeting.MeetingService;
import app.plateau.meeting.ui.TeamMeetingsView.Period;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class TeamMeetingsViewTest extends KaribuTest {

    @Autowired
    MeetingService meetings;

    TestSite testSite;
    LocalDate monday;

    @BeforeEach
    void briefingNextWeek() {
        testSite = fixtures.site();
        monday = LocalDate.now(testSite.site().zoneId()).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Signing.signIn(users, testSite.username(Role.TEAM_LEAD));
        try {
            meetings.book(MeetingDraft.video("Briefing quotidien", monday.atTime(8, 45), monday.atTime(9, 0),
                    Set.of(testSite.agent().getId())));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private TeamMeetingsView open(Role role) {
        login(testSite.username(role));
        UI.getCurrent().navigate(TeamMeetingsView.class);
        return _get(TeamMeetingsView.class);
    }

    @Test
    void the_lead_sees_the_teams_meetings_of_the_period_chosen() {
        TeamMeetingsView view = open(Role.TEAM_LEAD);
        assertThat(view.team.getValue().label()).isEqualTo(testSite.team().getName());
        _setValue(view.period, Period.NEXT_WEEK);

        assertThat(column(view.grid, "title")).containsExactly("Briefing quotidien");
        assertThat(column(view.grid, "organiser")).containsExactly(testSite.lead().getFullName());
        assertThat(column(view.grid, "participants")).containsExactly("2");
        assertThat(column(view.grid, "when")).singleElement().asString().endsWith("08:45–09:00");

        _setValue(view.period, Period.THIS_WEEK);
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void on_a_phone_each_team_meeting_is_one_card_saying_what_when_how_by_whom_and_for_how_many() {
        windowWidth(390);
        TeamMeetingsView view = open(Role.TEAM_LEAD);
        _setValue(view.period, Period.NEXT_WEEK);

        assertThat(view.grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("meeting");
        assertThat(_getCellComponent(view.grid, 0, "meeting")
                .getElement().getTextRecursively()).contains("Briefing quotidien", "08:45–09:00",
                "par " + testSite.lead().getFullName(), "2 participants", "Prévue");
    }

    @Test
    void a_site_manager_picks_the_team_and_opens_a_meeting() {
        TeamMeetingsView view = open(Role.SITE_MANAGER);
        _setValue(view.team, view.team.getListDataView().getItems()
                .filter(option -> option.label().equals(testSite.team().getName())).findFirst().orElseThrow());
        _setValue(view.period, Period.NEXT_FOUR_WEEKS);
        assertThat(column(view.grid, "title")).containsExactly("Briefing quotidien");

        com.github.mvysny.kaributesting.v10.GridKt._clickItem(view.grid, 0);
        MeetingDetailsDialog details = _get(MeetingDetailsDialog.class);
        assertThat(details.getDetails().title()).isEqualTo("Briefing quotidien");
        assertThat(details.getElement().getTextRecursively()).contains(testSite.agent().getFullName());
    }

    @Test
    void an_agent_cannot_open_the_team_meetings_and_anonymous_goes_to_login() {
        login(testSite.username(Role.AGENT));
        assertCannotOpen(TeamMeetingsView.class);
        reset();
        login(testSite.username(Role.HEALTH_OFFICER));
        assertCannotOpen(TeamMeetingsView.class);
        reset();
        UI.getCurrent().navigate(TeamMeetingsView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
