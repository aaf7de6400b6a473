package app.plateau.occupancy;

/** A device whose token was accepted: what the feed and the entrance display need to know of it. */
public record DeviceIdentity(long deviceId, long siteId, Long floorId, DeviceKind kind, String name) {
}
