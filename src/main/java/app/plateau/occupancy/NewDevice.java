package app.plateau.occupancy;

/**
 * A device just created, with its token in clear: shown to the administrator once, never stored,
 * so a lost token is replaced by a new device, not read back.
 */
public record NewDevice(Device device, String token) {
}
