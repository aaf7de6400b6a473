package app.plateau.occupancy;

/**
 * A person checked in on a floor, in Plateau or at a badge reader ({@code how}); {@code self} when
 * they did it themselves rather than their lead or a manager for them. Published inside the
 * transaction; operators' figures count it after commit.
 */
public record CheckedIn(long siteId, long floorId, StayChange how, boolean self) {
}
