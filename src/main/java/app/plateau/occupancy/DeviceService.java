package app.plateau.occupancy;

import app.plateau.base.Checks;
import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.base.Sorting;
import app.plateau.base.Text;
import app.plateau.organisation.Floor;
import app.plateau.organisation.Site;
import app.plateau.security.CurrentUser;
import app.plateau.security.Role;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entrance displays, badge readers, feed clients and wall screens of a site. A site's administrator
 * creates them (the token is shown once) and revokes them; a site manager may do so for wall screens
 * only, which show the board the manager reads anyway, while the other kinds open doors and feeds.
 * Devices prove themselves with {@link #authenticate}, which anyone may call since the token is the
 * credential.
 */
@Service
public class DeviceService {

    /** The refusal of a token that was good but is past its device's lifetime. */
    public static final String TOKEN_EXPIRED = "device.error.expired";
    private static final String ADMIN = "hasRole('ADMIN')";
    private static final String ADMIN_OR_MANAGER = "hasAnyRole('ADMIN','SITE_MANAGER')";

    private final DeviceRepository devices;
    private final DeviceTokens tokens;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeviceService(DeviceRepository devices, DeviceTokens tokens, EntityManager entityManager,
            ApplicationEventPublisher events, Clock clock) {
        this.devices = devices;
        this.tokens = tokens;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a device and returns its token, in clear this once only. */
    @PreAuthorize(ADMIN_OR_MANAGER)
    @Transactional
    public NewDevice create(DeviceDraft draft) {
        Long siteId = Checks.required(draft.siteId(), "common.site");
        CurrentUser.checkSite(siteId);
        checkMayManage(draft.kind());
        if (entityManager.find(Site.class, siteId) == null) {
            throw new NotFoundException();
        }
        String name = Checks.text(draft.name(), Device.NAME_MAX, "device.name");
        DeviceKind kind = Checks.required(draft.kind(), "device.kind");
        Floor floor = null;
        if (draft.floorId() != null) {
            floor = entityManager.find(Floor.class, draft.floorId());
            if (floor == null || !floor.getSite().getId().equals(siteId)) {
                throw new NotFoundException();
            }
        }
        if (kind.needsFloor() && floor == null) {
            throw new DomainException("device.error.floor-required", new Text(kind.messageKey()));
        }
        if (devices.existsBySiteIdAndNameIgnoreCase(siteId, name)) {
            throw new DomainException("device.error.name-taken", name);
        }
        String token = tokens.newToken();
        Device device = new Device(siteId, floor, name, kind, DeviceTokens.hash(token), clock.instant(),
                CurrentUser.get().displayName());
        try {
            device = devices.saveAndFlush(device);
        } catch (DataIntegrityViolationException raced) {
            // Another administrator named a device alike at the same moment.
            throw new DomainException("device.error.name-taken", name);
        }
        return new NewDevice(device, token);
    }

    @PreAuthorize(ADMIN_OR_MANAGER)
    @Transactional(readOnly = true)
    public List<Device> page(long siteId, Pageable pageable) {
        CurrentUser.checkSite(siteId);
        return devices.findBySite(siteId, Sorting.or(pageable, "name"));
    }

    @PreAuthorize(ADMIN_OR_MANAGER)
    @Transactional(readOnly = true)
    public long count(long siteId) {
        CurrentUser.checkSite(siteId);
        return devices.countBySiteId(siteId);
    }

    /** Ends a device's token for good: its screen goes blank and its feed connections are closed. */
    @PreAuthorize(ADMIN_OR_MANAGER)
    @Transactional
    public Device revoke(long deviceId) {
        Device device = devices.findById(deviceId).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(device.getSiteId());
        checkMayManage(device.getKind());
        if (device.isRevoked()) {
            throw new DomainException("device.error.already-revoked", device.getName());
        }
        device.revoke(clock.instant());
        events.publishEvent(new DeviceRevoked(device.getId(), device.getSiteId()));
        return device;
    }

    /** The kinds of device the caller may create and revoke: all for an administrator, wall screens for a manager. */
    @PreAuthorize(ADMIN_OR_MANAGER)
    @Transactional(readOnly = true)
    public List<DeviceKind> manageableKinds() {
        return CurrentUser.get().has(Role.ADMIN) ? List.of(DeviceKind.values()) : List.of(DeviceKind.WALL_DISPLAY);
    }

    private static void checkMayManage(DeviceKind kind) {
        if (kind != null && kind != DeviceKind.WALL_DISPLAY && !CurrentUser.get().has(Role.ADMIN)) {
            throw new AccessDeniedException("only an administrator manages " + kind);
        }
    }

    /**
     * The device a token belongs to, refused when the token is unknown or revoked. Open to anyone:
     * the token is the credential, and the answer tells nothing of other devices.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public DeviceIdentity authenticate(String token) {
        return tokens.authenticate(token);
    }
}
