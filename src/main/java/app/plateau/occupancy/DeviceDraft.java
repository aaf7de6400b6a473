package app.plateau.occupancy;

/** What the administrator fills in for a new device; the floor is needed for a display or a badge reader. */
public record DeviceDraft(Long siteId, String name, DeviceKind kind, Long floorId) {
}
