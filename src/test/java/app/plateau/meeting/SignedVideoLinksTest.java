package app.plateau.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.SignedInServiceTest;
import app.plateau.security.Role;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** With a JWT secret configured, each person's agenda carries a join link signed for them alone. */
@TestPropertySource(properties = {
        "plateau.meeting.video.base-url=https://video.example.org",
        "plateau.meeting.video.jwt.secret=" + SignedVideoLinksTest.SECRET})
class SignedVideoLinksTest extends SignedInServiceTest {

    static final String SECRET = "the-jitsi-shared-secret-of-32-bytes-or-more";

    @Autowired
    MeetingService meetings;

    @Test
    void each_attendee_finds_their_own_signed_link_in_the_agenda_and_the_invitation_keeps_the_bare_room()
            throws Exception {
        LocalDate monday = LocalDate.now(testSite.site().zoneId()).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        signIn(testSite.username(Role.TEAM_LEAD));
        MeetingDetails booked = meetings.book(MeetingDraft.video("Briefing", monday.atTime(LocalTime.of(8, 45)),
                monday.atTime(LocalTime.of(9, 0)), Set.of(testSite.agent().getId())));
        String room = booked.videoRoomUrl().substring("https://video.example.org/".length());
        assertThat(booked.videoRoomUrl()).doesNotContain("jwt");
        String leadLink = meetings.week(monday).get(0).joinUrl();

        signIn(testSite.username(Role.AGENT));
        String agentLink = meetings.week(monday).get(0).joinUrl();

        assertThat(agentLink).startsWith(booked.videoRoomUrl() + "?jwt=");
        JWTClaimsSet agent = verified(agentLink);
        assertThat(agent.getStringClaim("room")).isEqualTo(room);
        assertThat(user(agent)).containsEntry("name", testSite.agent().getFullName())
                .containsEntry("id", String.valueOf(testSite.agent().getId()));
        assertThat(user(verified(leadLink))).containsEntry("name", testSite.lead().getFullName());
    }

    @Test
    void an_external_link_is_given_as_pasted_without_a_token() {
        LocalDate day = LocalDate.now(testSite.site().zoneId()).plusDays(3);
        signIn(testSite.username(Role.TEAM_LEAD));
        meetings.book(MeetingDraft.video("Point Teams", day.atTime(10, 0), day.atTime(10, 30),
                Set.of(testSite.agent().getId())).withExternalUrl("https://teams.example.com/l/meetup/123"));

        signIn(testSite.username(Role.AGENT));
        assertThat(meetings.week(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))))
                .filteredOn(entry -> entry.title().equals("Point Teams")).singleElement()
                .extracting(AgendaEntry::joinUrl).isEqualTo("https://teams.example.com/l/meetup/123");
    }

    private static JWTClaimsSet verified(String url) throws Exception {
        SignedJWT token = SignedJWT.parse(url.substring(url.indexOf("?jwt=") + 5));
        assertThat(token.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        return token.getJWTClaimsSet();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> user(JWTClaimsSet claims) throws Exception {
        return (Map<String, Object>) claims.getJSONObjectClaim("context").get("user");
    }
}
