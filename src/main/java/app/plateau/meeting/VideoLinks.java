package app.plateau.meeting;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.codec.binary.Base32;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Video rooms on a Jitsi-compatible server. A room name carries 160 random bits, so that nobody
 * finds a meeting by guessing. When a JWT secret is configured (the server then admits signed
 * guests only), each attendee's link carries a token for that room, valid from when it is made (or
 * shortly before the meeting, if that is sooner) until a while after the meeting ends, with the
 * person's name as Jitsi shows it.
 */
@Component
public class VideoLinks {

    /** Bytes of randomness in a room name: 160 bits, above the 128 asked for. */
    static final int ROOM_BYTES = 20;
    static final String ROOM_PREFIX = "plateau-";

    private final SecureRandom random = new SecureRandom();
    private final URI baseUrl;
    private final MACSigner signer;
    private final String appId;
    private final String audience;
    private final String subject;
    private final Duration early;
    private final Duration grace;
    private final Clock clock;

    VideoLinks(@Value("${plateau.meeting.video.base-url:https://meet.jit.si}") String baseUrl,
            @Value("${plateau.meeting.video.jwt.secret:}") String secret,
            @Value("${plateau.meeting.video.jwt.app-id:plateau}") String appId,
            @Value("${plateau.meeting.video.jwt.audience:jitsi}") String audience,
            @Value("${plateau.meeting.video.jwt.subject:*}") String subject,
            @Value("${plateau.meeting.video.jwt.early:PT15M}") Duration early,
            @Value("${plateau.meeting.video.jwt.grace:PT1H}") Duration grace, Clock clock) {
        String base = baseUrl.strip();
        this.baseUrl = URI.create(base.endsWith("/") ? base : base + "/");
        if (!"https".equalsIgnoreCase(this.baseUrl.getScheme()) && !"http".equalsIgnoreCase(this.baseUrl.getScheme())) {
            throw new IllegalStateException("plateau.meeting.video.base-url must be an http(s) URL: " + baseUrl);
        }
        this.signer = secret.isBlank() ? null : signer(secret);
        this.appId = appId;
        this.audience = audience;
        this.subject = subject;
        this.early = early;
        this.grace = grace;
        this.clock = clock;
    }

    private static MACSigner signer(String secret) {
        try {
            return new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException tooShort) {
            throw new IllegalStateException(
                    "plateau.meeting.video.jwt.secret must be at least 32 bytes long (HS256 needs 256 bits)", tooShort);
        }
    }

    /** A new room name: a prefix and 160 random bits in lower-case base 32 (32 characters). */
    public String newRoom() {
        byte[] bytes = new byte[ROOM_BYTES];
        random.nextBytes(bytes);
        return ROOM_PREFIX + new Base32().encodeAsString(bytes).replace("=", "").toLowerCase(Locale.ROOT);
    }

    public boolean signsTokens() {
        return signer != null;
    }

    /** The room's address without a token: what a calendar invitation carries. */
    public String roomUrl(String room) {
        return baseUrl.resolve(room).toString();
    }

    /**
     * The link a person follows to join an occurrence: the room's address, with a signed token for
     * this person when tokens are configured.
     */
    public String joinUrl(String room, long personId, String personName, String email, Instant start, Instant end) {
        String url = roomUrl(room);
        if (signer == null) {
            return url;
        }
        return url + "?jwt=" + token(room, personId, personName, email, start, end);
    }

    String token(String room, long personId, String personName, String email, Instant start, Instant end) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", String.valueOf(personId));
        user.put("name", personName);
        if (email != null) {
            user.put("email", email);
        }
        Instant now = clock.instant();
        Instant notBefore = start.minus(early);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(appId)
                .audience(audience)
                .subject(subject)
                .claim("room", room)
                .claim("context", Map.of("user", user))
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(notBefore.isBefore(now) ? notBefore : now))
                .expirationTime(Date.from(end.plus(grace)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a video token", e);
        }
        return jwt.serialize();
    }
}
