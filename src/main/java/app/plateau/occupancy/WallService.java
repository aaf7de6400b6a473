package app.plateau.occupancy;

import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.base.Text;
import app.plateau.organisation.Site;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The occupancy board on a wall screen, opened with the screen's device token and no account, so
 * it stays up without anyone signed in. Each read checks the token again: a revoked screen goes
 * blank on its next refresh. A wall token lasts a limited time ({@code plateau.devices.wall-lifetime},
 * a year by default), as a screen in a shared room shows the whole site and may be forgotten there.
 */
@Service
public class WallService {

    private final DeviceTokens tokens;
    private final DeviceRepository devices;
    private final PresenceService presence;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration lifetime;

    WallService(DeviceTokens tokens, DeviceRepository devices, PresenceService presence, EntityManager entityManager,
            Clock clock, @Value("${plateau.devices.wall-lifetime:P365D}") Duration lifetime) {
        this.tokens = tokens;
        this.devices = devices;
        this.presence = presence;
        this.entityManager = entityManager;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Not read-only: recognising the token may note when the screen was last seen. */
    @PreAuthorize("permitAll()")
    @Transactional
    public WallDisplay display(String token) {
        DeviceIdentity device = tokens.authenticate(token);
        if (device.kind() != DeviceKind.WALL_DISPLAY) {
            throw new DomainException("device.error.wrong-kind", device.name(),
                    new Text(DeviceKind.WALL_DISPLAY.messageKey()));
        }
        Device wall = devices.findById(device.deviceId()).orElseThrow(NotFoundException::new);
        if (!clock.instant().isBefore(expiry(wall))) {
            throw new WallExpired(device.name());
        }
        Site site = entityManager.find(Site.class, device.siteId());
        if (site == null) {
            throw new NotFoundException();
        }
        return new WallDisplay(site.getId(), site.getName(), site.zoneId(), site.getDayEnd(),
                presence.boardOf(site.getId()));
    }

    /** When a wall screen's token stops opening the board; other kinds of device do not expire. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Instant expiry(Device wall) {
        return wall.getCreatedAt().plus(lifetime);
    }

    /** A wall screen whose token was good but is past its lifetime: the screen says so, and who renews it. */
    public static class WallExpired extends DomainException {

        WallExpired(String name) {
            super("wall.error.expired", name);
        }
    }
}
