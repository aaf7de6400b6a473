package app.plateau.occupancy;

import app.plateau.base.DomainException;
import app.plateau.base.Text;
import app.plateau.organisation.Floor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entrance display of a floor, opened by a screen with its device token and no account. Each
 * read checks the token again, so a revoked screen shows nothing from its next refresh on.
 */
@Service
public class EntranceService {

    private final DeviceTokens tokens;
    private final FloorLedger ledger;
    private final Counters counters;
    private final PendingMoves pendingMoves;

    EntranceService(DeviceTokens tokens, FloorLedger ledger, Counters counters, PendingMoves pendingMoves) {
        this.tokens = tokens;
        this.ledger = ledger;
        this.counters = counters;
        this.pendingMoves = pendingMoves;
    }

    /** Not read-only: recognising the token may note when the screen was last seen. */
    @PreAuthorize("permitAll()")
    @Transactional
    public EntranceDisplay display(String token) {
        DeviceIdentity device = tokens.authenticate(token);
        if (device.kind() != DeviceKind.ENTRANCE_DISPLAY) {
            throw new DomainException("device.error.wrong-kind", device.name(),
                    new Text(DeviceKind.ENTRANCE_DISPLAY.messageKey()));
        }
        if (device.floorId() == null) {
            throw new DomainException("device.error.no-floor", device.name());
        }
        Floor floor = ledger.floor(device.floorId());
        Counters.Load load = counters.load(floor.getId());
        return new EntranceDisplay(device.siteId(), floor.getId(), floor.getName(), load.present(), load.reserved(),
                floor.getSanitaryCap(), floor.isOpen(), floor.getClosedReason(),
                pendingMoves.expectedOn(floor.getId()));
    }
}
