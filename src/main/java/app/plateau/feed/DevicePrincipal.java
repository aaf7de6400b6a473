package app.plateau.feed;

import app.plateau.occupancy.DeviceIdentity;
import java.security.Principal;

/**
 * The device behind a STOMP connection. It keeps the token so that each badge is checked against
 * the token's current state: a revoked reader is refused from its next badge on.
 */
record DevicePrincipal(DeviceIdentity device, String token) implements Principal {

    /** Also the user name of user destinations ({@code /user/queue/badge}). */
    @Override
    public String getName() {
        return "device-" + device.deviceId();
    }

    @Override
    public String toString() {
        // Never the token: principals end up in logs.
        return getName();
    }
}
