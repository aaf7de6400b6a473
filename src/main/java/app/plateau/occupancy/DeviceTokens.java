package app.plateau.occupancy;

import app.plateau.base.DomainException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues device tokens and recognises them. The lookup is by the token's SHA-256 hash: comparing
 * hashes in the database leaks nothing usable about a token, and tokens of 256 random bits need
 * no slow hash.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class DeviceTokens {

    /** A device is marked seen at most this often. */
    static final Duration SEEN_EVERY = Duration.ofMinutes(1);
    /** Tokens are 43 characters; anything much longer is not one of ours and is not even hashed. */
    private static final int TOKEN_MAX = 200;

    private final SecureRandom random = new SecureRandom();
    private final DeviceRepository devices;
    private final Clock clock;
    private final Duration wallLifetime;

    DeviceTokens(DeviceRepository devices, Clock clock,
            @Value("${plateau.devices.wall-lifetime:P365D}") Duration wallLifetime) {
        this.devices = devices;
        this.clock = clock;
        this.wallLifetime = wallLifetime;
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    String newToken() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * When a device's token stops being accepted: a wall screen's after its lifetime, as a screen in a
     * shared room shows the whole site and may be forgotten there; other kinds never (null).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    Instant expiry(Device device) {
        return device.getKind() == DeviceKind.WALL_DISPLAY ? device.getCreatedAt().plus(wallLifetime) : null;
    }

    /**
     * The device of a token still in force; an unknown or revoked token gets one and the same refusal,
     * an expired one says so, as whoever holds it once held a good link.
     */
    DeviceIdentity authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > TOKEN_MAX) {
            throw new DomainException("device.error.not-recognised");
        }
        Device device = devices.findByTokenHash(hash(token.strip()))
                .filter(found -> !found.isRevoked())
                .orElseThrow(() -> new DomainException("device.error.not-recognised"));
        Instant now = clock.instant();
        Instant expiry = expiry(device);
        if (expiry != null && !now.isBefore(expiry)) {
            throw new DomainException(DeviceService.TOKEN_EXPIRED, device.getName());
        }
        Instant notBefore = now.minus(SEEN_EVERY);
        if (device.getLastSeenAt() == null || device.getLastSeenAt().isBefore(notBefore)) {
            devices.touch(device.getId(), now, notBefore);
        }
        return new DeviceIdentity(device.getId(), device.getSiteId(),
                device.getFloor() == null ? null : device.getFloor().getId(), device.getKind(), device.getName());
    }
}
