package app.plateau.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.meeting.CalendarService;
import app.plateau.meeting.Ics;
import app.plateau.meeting.MeetingDetails;
import app.plateau.meeting.MeetingDraft;
import app.plateau.meeting.MeetingService;
import app.plateau.security.Role;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InvitationDownloadTest extends KaribuTest {

    @Autowired
    private MeetingService meetings;
    @Autowired
    private CalendarService calendars;
    private TestSite testSite;
    private MeetingDetails booked;

    @BeforeEach
    void book() {
        testSite = fixtures.site();
        LocalDate monday = LocalDate.now(testSite.site().zoneId()).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        login(testSite.username(Role.TEAM_LEAD));
        booked = meetings.book(MeetingDraft.video("Briefing", monday.atTime(8, 45), monday.atTime(9, 0),
                Set.of(testSite.agent().getId())).confirmed());
    }

    @Test
    void an_attendee_downloads_the_meeting_as_an_invitation_file() {
        reset();
        login(testSite.username(Role.AGENT));
        Anchor link = InvitationDownload.anchor(calendars, booked.id(), "Ajouter à mon agenda (.ics)");
        UI.getCurrent().add(link);

        assertThat(link.getText()).isEqualTo("Ajouter à mon agenda (.ics)");
        assertThat(link.getElement().hasAttribute("download")).isTrue();
        Calendar calendar = Ics.parse(DownloadKt._download(link));
        assertThat(Ics.method(calendar)).isEqualTo("REQUEST");
        assertThat(Ics.events(calendar)).extracting(event -> Ics.value(event, Property.UID))
                .containsExactly(booked.uid());
    }

    @Test
    void someone_who_may_not_read_the_meeting_gets_no_file() {
        TestSite other = fixtures.site();
        reset();
        login(other.username(Role.SITE_MANAGER));
        Anchor link = InvitationDownload.anchor(calendars, booked.id(), "Ajouter à mon agenda (.ics)");
        UI.getCurrent().add(link);

        assertThat(DownloadKt._download(link)).isEmpty();
    }
}
