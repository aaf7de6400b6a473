package app.plateau.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.meeting.AgendaEntry;
import app.plateau.meeting.MeetingDraft;
import app.plateau.meeting.MeetingService;
import app.plateau.meeting.ReminderRunner;
import app.plateau.security.Role;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reminder notice an attendee sees on whatever page they have open, pushed when the reminder
 * job announces the meeting: its title and time, and a join link that is the attendee's own.
 */
class ReminderNoticesTest extends KaribuTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    ReminderRunner reminders;

    TestSite site;
    LocalDateTime start;
    Instant fourMinutesBefore;
    String agentLink;

    @BeforeEach
    void bookABriefing() {
        site = fixtures.site();
        // A day of its own far ahead: the scheduler's own runs never find this meeting due.
        start = LocalDate.now(site.site().zoneId()).plusDays(ThreadLocalRandom.current().nextInt(60, 600))
                .atTime(8, 45);
        fourMinutesBefore = start.atZone(site.site().zoneId()).toInstant().minus(Duration.ofMinutes(4));
        login(site.username(Role.TEAM_LEAD));
        meetings.book(MeetingDraft.video("Briefing quotidien", start, start.plusMinutes(15),
                Set.of(site.agent().getId())));
        login(site.username(Role.AGENT));
        agentLink = meetings.week(start.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                .stream().map(AgendaEntry::joinUrl).findFirst().orElseThrow();
        UI.getCurrent().navigate("agent");
    }

    private List<Notification> openNotices() {
        MockVaadin.clientRoundtrip();
        return descendants(UI.getCurrent()).filter(Notification.class::isInstance).map(Notification.class::cast)
                .filter(Notification::isOpened).filter(n -> n.hasClassName("meeting-reminder")).toList();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ReminderNoticesTest::descendants));
    }

    @Test
    void an_attendee_with_a_page_open_is_shown_the_meeting_with_their_own_join_link_once() {
        reminders.remindAt(fourMinutesBefore);
        pushRoundtrip();

        assertThat(openNotices()).singleElement().satisfies(notice -> {
            assertThat(notice.getPosition()).isEqualTo(Notification.Position.TOP_END);
            assertThat(notice.getDuration()).isEqualTo(60_000);
            assertThat(_get(notice, Span.class, spec -> spec.withClasses("meeting-reminder-text")).getText())
                    .contains("Briefing quotidien").contains("(08:45)").startsWith("Dans ");
            Anchor join = _get(notice, Anchor.class);
            assertThat(join.getText()).isEqualTo("Rejoindre");
            assertThat(join.getHref()).isEqualTo(agentLink).startsWith("https://meet.jit.si/plateau-");
            assertThat(join.getTarget()).hasValue("_blank");
        });

        reminders.remindAt(fourMinutesBefore.plusSeconds(20));
        pushRoundtrip();

        assertThat(openNotices()).hasSize(1);
    }

    @Test
    void a_notice_closed_by_the_attendee_is_not_shown_again_on_a_page_opened_afterwards() {
        reminders.remindAt(fourMinutesBefore);
        pushRoundtrip();
        Notification notice = openNotices().get(0);

        _get(notice, Button.class).click();

        assertThat(openNotices()).isEmpty();
        reset();
        login(site.username(Role.AGENT));
        UI.getCurrent().navigate("agent");
        assertThat(openNotices()).isEmpty();
    }

    @Test
    void a_page_opened_after_the_reminder_went_out_shows_it_at_once() {
        reset();
        reminders.remindAt(fourMinutesBefore);

        login(site.username(Role.AGENT));
        UI.getCurrent().navigate("agent");

        assertThat(openNotices()).singleElement().satisfies(notice ->
                assertThat(_find(notice, Anchor.class)).extracting(Anchor::getHref).containsExactly(agentLink));
    }

    @Test
    void the_organiser_is_reminded_too_and_an_agent_not_invited_is_not() {
        reset();
        login(site.username(Role.TEAM_LEAD));
        UI.getCurrent().navigate("lead");

        reminders.remindAt(fourMinutesBefore);
        pushRoundtrip();

        assertThat(openNotices()).singleElement().satisfies(notice ->
                assertThat(_get(notice, Span.class, spec -> spec.withClasses("meeting-reminder-text")).getText())
                        .contains("Briefing quotidien"));

        TestSite elsewhere = fixtures.site();
        reset();
        login(elsewhere.username(Role.AGENT));
        UI.getCurrent().navigate("agent");
        assertThat(openNotices()).isEmpty();
    }
}
