package app.plateau.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.Signing;
import app.plateau.meeting.Option;
import app.plateau.security.Role;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two open UIs, the agent's and the team lead's: the meeting the lead books reaches the agent's open
 * agenda once the push task runs, without the agent doing anything.
 */
class LiveMeetingTest extends KaribuTest {

    @Test
    void a_meeting_the_lead_books_appears_in_the_agents_open_week_without_a_reload() {
        TestSite testSite = fixtures.site();
        LocalDate monday = LocalDate.now(testSite.site().zoneId()).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        login(testSite.username(Role.AGENT));
        UI.getCurrent().navigate(MeetingsView.class);
        UI agentUi = UI.getCurrent();
        MeetingsView agentView = _get(MeetingsView.class);
        agentView.tabs.setSelectedTab(agentView.weekTab);
        _click(agentView.nextWeek);
        assertThat(agentView.monday).isEqualTo(monday);
        assertThat(blocks(agentView)).isEmpty();
        assertThat(agentView.weekEmpty.isVisible()).isTrue();

        // A second UI in the same mocked servlet: the lead's tab.
        MockVaadin.INSTANCE.createUI$karibu_testing_v10(UI::new, VaadinSession.getCurrent());
        UI leadUi = UI.getCurrent();
        assertThat(leadUi).isNotSameAs(agentUi);
        login(testSite.username(Role.TEAM_LEAD));
        leadUi.navigate(MeetingsView.class);
        _click(_get(MeetingsView.class).create);
        MeetingEditor editor = _get(MeetingEditor.class);
        _setValue(editor.title, "Briefing quotidien");
        _setValue(editor.date, monday);
        _setValue(editor.start, LocalTime.of(8, 45));
        _setValue(editor.end, LocalTime.of(9, 0));
        _setValue(editor.people, Set.of(new Option(testSite.agent().getId(), testSite.agent().getFullName(), null)));
        act(() -> _click(editor.save));
        assertThat(editor.isOpened()).isFalse();

        UI.setCurrent(agentUi);
        // The week grid is drawn by the view's refresh alone: only the pushed change can fill it.
        Signing.signIn(users, testSite.username(Role.AGENT));
        pushRoundtrip();
        assertThat(blocks(agentView)).singleElement().asString().contains("08:45–09:00", "Briefing quotidien");
        assertThat(agentView.weekEmpty.isVisible()).isFalse();
        assertThat(column(agentView.list, "title")).containsExactly("Briefing quotidien");
        assertThat(column(agentView.list, "organiser")).containsExactly(testSite.lead().getFullName());
    }

    private static List<String> blocks(MeetingsView view) {
        return _find(view.week, Div.class, spec -> spec.withClasses("week-block")).stream()
                .map(block -> block.getElement().getTextRecursively()).toList();
    }
}
