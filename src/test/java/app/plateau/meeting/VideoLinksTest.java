package app.plateau.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Video links as attendees receive them: a room name nobody guesses, and, when the Jitsi server
 * admits signed guests only, a token for that room and that person that the server can verify.
 */
class VideoLinksTest {

    private static final String SECRET = "a-shared-secret-of-more-than-32-bytes!";
    private static final Instant NOW = Instant.parse("2030-03-04T08:00:00Z");
    private static final Instant START = Instant.parse("2030-03-04T08:45:00Z");
    private static final Instant END = Instant.parse("2030-03-04T09:00:00Z");

    private static VideoLinks links(String baseUrl, String secret) {
        return new VideoLinks(baseUrl, secret, "plateau", "jitsi", "*", Duration.ofMinutes(15), Duration.ofHours(1),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void room_names_carry_160_random_bits_and_never_repeat_over_ten_thousand_draws() {
        VideoLinks links = links("https://meet.jit.si", "");
        Set<String> rooms = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String room = links.newRoom();
            assertThat(room).matches("plateau-[a-z2-7]{32}");
            rooms.add(room);
        }
        assertThat(rooms).hasSize(10_000);
    }

    @Test
    void without_a_secret_the_join_link_is_the_bare_room_address_under_the_configured_base() {
        VideoLinks links = links("https://video.example.org/jitsi", "");
        String room = links.newRoom();

        assertThat(links.signsTokens()).isFalse();
        assertThat(links.roomUrl(room)).isEqualTo("https://video.example.org/jitsi/" + room);
        assertThat(links.joinUrl(room, 7, "Youssef Agent", null, START, END))
                .isEqualTo("https://video.example.org/jitsi/" + room);
    }

    @Test
    void with_a_secret_each_join_link_carries_a_token_the_server_verifies_with_jitsis_claims() throws Exception {
        VideoLinks links = links("https://meet.example.org/", SECRET);
        String room = links.newRoom();

        String url = links.joinUrl(room, 42, "Youssef Aït Agent", null, START, END);

        assertThat(url).startsWith("https://meet.example.org/" + room + "?jwt=");
        SignedJWT token = SignedJWT.parse(url.substring(url.indexOf("?jwt=") + 5));
        assertThat(token.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(token.verify(new MACVerifier("another-secret-of-more-than-32-bytes!!"))).isFalse();
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getAudience()).containsExactly("jitsi");
        assertThat(claims.getIssuer()).isEqualTo("plateau");
        assertThat(claims.getSubject()).isEqualTo("*");
        assertThat(claims.getStringClaim("room")).isEqualTo(room);
        Map<String, Object> context = claims.getJSONObjectClaim("context");
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) context.get("user");
        assertThat(user).containsEntry("name", "Youssef Aït Agent").containsEntry("id", "42");
        assertThat(claims.getExpirationTime()).isEqualTo(Date.from(END.plus(Duration.ofHours(1))));
        assertThat(claims.getNotBeforeTime()).isEqualTo(Date.from(NOW));
    }

    @Test
    void two_attendees_of_one_meeting_get_tokens_in_their_own_names() throws Exception {
        VideoLinks links = links("https://meet.example.org", SECRET);
        String room = links.newRoom();

        String agent = links.joinUrl(room, 1, "Youssef Agent", null, START, END);
        String lead = links.joinUrl(room, 2, "Nadia Lead", null, START, END);

        assertThat(agent).isNotEqualTo(lead);
        assertThat(userName(lead)).isEqualTo("Nadia Lead");
        assertThat(userName(agent)).isEqualTo("Youssef Agent");
    }

    @Test
    void a_secret_shorter_than_32_bytes_stops_the_application_at_start_up_with_the_reason() {
        assertThatThrownBy(() -> links("https://meet.example.org", "too-short"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("plateau.meeting.video.jwt.secret must be at least 32 bytes long (HS256 needs 256 bits)");
    }

    @Test
    void a_base_url_that_is_not_http_is_refused_at_start_up() {
        assertThatThrownBy(() -> links("ftp://meet.example.org", ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("plateau.meeting.video.base-url");
    }

    private static String userName(String url) throws Exception {
        SignedJWT token = SignedJWT.parse(url.substring(url.indexOf("?jwt=") + 5));
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) token.getJWTClaimsSet().getJSONObjectClaim("context")
                .get("user");
        return (String) user.get("name");
    }
}
