package app.plateau.occupancy;

/**
 * A device's token was revoked. Published inside the transaction; after commit the entrance
 * displays of the site re-read (a revoked one goes blank) and the feed closes the device's connections.
 */
public record DeviceRevoked(long deviceId, long siteId) {
}
