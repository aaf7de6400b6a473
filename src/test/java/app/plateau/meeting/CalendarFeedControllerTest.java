package app.plateau.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.SignedInServiceTest;
import app.plateau.security.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The feed over real HTTP, as a calendar program reads it: no session, no sign-in, the token alone. */
@Tag("mariadb")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarFeedControllerTest extends SignedInServiceTest {

    @LocalServerPort
    int port;
    @Autowired
    MeetingService meetings;
    @Autowired
    CalendarFeedService feeds;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    LocalDate monday;

    @BeforeEach
    void setUp() {
        monday = LocalDate.now(testSite.site().zoneId()).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    HttpResponse<String> get(String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/calendar/" + token
                + ".ics")).header("Accept", "text/calendar").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    MeetingDetails book(String title, LocalDate day) {
        signIn(testSite.username(Role.TEAM_LEAD));
        return meetings.book(MeetingDraft.video(title, day.atTime(8, 45), day.atTime(9, 0),
                Set.of(testSite.agent().getId())).confirmed());
    }

    @Test
    void a_subscribed_calendar_reads_the_persons_meetings_with_the_token_alone() throws Exception {
        MeetingDetails briefing = book("Briefing", monday);
        MeetingDetails cancelled = book("Point annulé", monday.plusDays(1));
        meetings.cancel(cancelled.id());
        signIn(testSite.username(Role.AGENT));
        String token = feeds.createFeed();
        assertThat(feeds.myFeed()).hasValueSatisfying(status -> assertThat(status.lastReadAt()).isNull());

        HttpResponse<String> response = get(token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/calendar").containsIgnoringCase("charset=UTF-8"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
                assertThat(value).contains("no-store"));
        Calendar calendar = Ics.parse(response.body());
        assertThat(Ics.method(calendar)).isEqualTo("PUBLISH");
        assertThat(Ics.problems(calendar)).isEmpty();
        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue))
                .hasValue("Plateau – réunions de " + testSite.agent().getFullName());
        List<VEvent> events = Ics.events(calendar);
        assertThat(events).extracting(event -> Ics.value(event, Property.UID)).containsExactly(briefing.uid());
        assertThat(Ics.value(events.get(0), Property.SUMMARY)).isEqualTo("Briefing");
        assertThat(Ics.local(events.get(0), Property.DTSTART)).isEqualTo(monday.atTime(8, 45));
        assertThat(Ics.value(events.get(0), Property.ORGANIZER)).startsWith("urn:uuid:");
        assertThat(Ics.all(events.get(0), Property.ATTENDEE)).isEmpty();
        assertThat(feeds.myFeed()).hasValueSatisfying(status -> assertThat(status.lastReadAt()).isNotNull());
    }

    @Test
    void a_wrong_token_is_not_found() throws Exception {
        byte[] guess = new byte[32];
        new java.security.SecureRandom().nextBytes(guess);

        assertThat(get(Base64.getUrlEncoder().withoutPadding().encodeToString(guess)).statusCode()).isEqualTo(404);
        assertThat(get("not-a-token").statusCode()).isEqualTo(404);
        assertThat(get("").statusCode()).isEqualTo(404);
    }

    @Test
    void a_renewed_feed_leaves_the_old_address_not_found_and_a_revoked_one_too() throws Exception {
        book("Briefing", monday);
        signIn(testSite.username(Role.AGENT));
        String first = feeds.createFeed();
        assertThat(get(first).statusCode()).isEqualTo(200);

        String second = feeds.createFeed();

        assertThat(second).isNotEqualTo(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(get(first).statusCode()).isEqualTo(404);
        assertThat(get(second).statusCode()).isEqualTo(200);

        feeds.revokeFeed();

        HttpResponse<String> revoked = get(second);
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).isEmpty();
        assertThat(feeds.myFeed()).hasValueSatisfying(status -> assertThat(status.revoked()).isTrue());
    }
}
