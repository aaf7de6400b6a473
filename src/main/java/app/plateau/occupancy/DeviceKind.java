package app.plateau.occupancy;

/**
 * What a device does with its token: show a floor's entrance, report badges at a floor's door, read
 * the feed, or show the site's occupancy board on a wall screen.
 */
public enum DeviceKind {
    ENTRANCE_DISPLAY(true), BADGE_READER(true), FEED_CLIENT(false), WALL_DISPLAY(false);

    private final boolean needsFloor;

    DeviceKind(boolean needsFloor) {
        this.needsFloor = needsFloor;
    }

    /** A display and a reader stand at one floor's door; a feed client and a wall screen show the whole site. */
    public boolean needsFloor() {
        return needsFloor;
    }

    public String messageKey() {
        return "device.kind." + name();
    }
}
