package app.plateau.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.SetClock;
import app.plateau.Signing;
import app.plateau.meeting.MeetingDraft;
import app.plateau.meeting.MeetingService;
import app.plateau.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A start page left open follows the clock: the video meeting's line says from when its link opens,
 * offers the link by itself once that time has come, and says the meeting is over once it has ended,
 * with no reload and nothing pushed. The clock is set; the browser's polls are played by the test.
 */
@Import(SetClock.AsApplicationClock.class)
@TestPropertySource(properties = "plateau.scheduling.enabled=false")
class StartPageClockTest extends KaribuTest {

    @Autowired
    SetClock clock;
    @Autowired
    MeetingService meetings;

    TestSite testSite;
    ZoneId zone;
    LocalDate day;

    @BeforeEach
    void videoMeetingAtEleven() {
        clock.set(Instant.now());
        testSite = fixtures.site();
        zone = testSite.site().zoneId();
        day = LocalDate.now(zone).plusDays(1);
        at(10, 0);
        Signing.signIn(users, testSite.username(Role.TEAM_LEAD));
        try {
            meetings.book(MeetingDraft.video("Point sécurité", day.atTime(11, 0), day.atTime(11, 30),
                    Set.of(testSite.agent().getId())));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void at(int hour, int minute) {
        clock.set(day.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant());
    }

    private static List<Anchor> joinLinks(StartCard card) {
        return _find(card, Anchor.class, spec -> spec.withClasses("start-join"));
    }

    @Test
    void the_agents_meeting_card_offers_the_join_link_by_itself_when_it_opens_and_not_before() {
        login(testSite.username(Role.AGENT));
        UI.getCurrent().navigate(AgentStartView.class);
        StartCard today = _get(AgentStartView.class).today;
        assertThat(today.text()).contains("11:00–11:30 · Point sécurité", "Lien ouvert dès 10:45");
        assertThat(joinLinks(today)).isEmpty();

        at(10, 44);
        pollOnce();
        assertThat(today.text()).contains("Lien ouvert dès 10:45");
        assertThat(joinLinks(today)).isEmpty();

        at(10, 45);
        pollOnce();
        assertThat(joinLinks(today)).singleElement().satisfies(link -> {
            assertThat(link.getText()).isEqualTo("Rejoindre");
            assertThat(link.getHref()).startsWith("https://");
        });
        assertThat(today.text()).doesNotContain("Lien ouvert dès");

        at(11, 30);
        pollOnce();
        assertThat(joinLinks(today)).isEmpty();
        assertThat(today.text()).contains("11:00–11:30 · Point sécurité", "Terminée");
        assertThat(UI.getCurrent().getPollInterval()).as("nothing left to wait for: no more polling").isNegative();
    }

    @Test
    void the_leads_team_meetings_card_does_the_same() {
        login(testSite.username(Role.TEAM_LEAD));
        UI.getCurrent().navigate(TeamLeadStartView.class);
        StartCard teamMeetings = _get(TeamLeadStartView.class).teamMeetings;
        assertThat(teamMeetings.text()).contains("Lien ouvert dès 10:45");

        at(10, 50);
        pollOnce();

        assertThat(joinLinks(teamMeetings)).singleElement()
                .satisfies(link -> assertThat(link.getHref()).startsWith("https://"));
    }

    @Test
    void a_page_with_no_video_meeting_ahead_does_not_poll() {
        at(11, 31);
        login(testSite.username(Role.AGENT));
        UI.getCurrent().navigate(AgentStartView.class);

        assertThat(_get(AgentStartView.class).today.text()).contains("Terminée");
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
    }
}
