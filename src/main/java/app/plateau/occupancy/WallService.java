package app.plateau.occupancy;

import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.base.Text;
import app.plateau.organisation.Site;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The occupancy board on a wall screen, opened with the screen's device token and no account, so
 * it stays up without anyone signed in. Each read checks the token again: a revoked screen goes
 * blank on its next refresh. A wall token lasts a limited time ({@code plateau.devices.wall-lifetime},
 * a year by default; see {@link DeviceTokens#expiry}), on this page and on the feed alike.
 */
@Service
public class WallService {

    private final DeviceTokens tokens;
    private final PresenceService presence;
    private final EntityManager entityManager;

    WallService(DeviceTokens tokens, PresenceService presence, EntityManager entityManager) {
        this.tokens = tokens;
        this.presence = presence;
        this.entityManager = entityManager;
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
        Site site = entityManager.find(Site.class, device.siteId());
        if (site == null) {
            throw new NotFoundException();
        }
        return new WallDisplay(site.getId(), site.getName(), site.zoneId(), site.worksInPeriods() ? null : site.getDayEnd(),
                presence.boardOf(site.getId()));
    }

    /** When a device's token stops being accepted: a wall screen's after its lifetime; other kinds never (null). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Instant expiry(Device device) {
        return tokens.expiry(device);
    }
}
