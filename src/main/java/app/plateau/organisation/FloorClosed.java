package app.plateau.organisation;

/** A site manager closed a floor (for disinfection, say); published inside the closing transaction. */
public record FloorClosed(long floorId, long siteId, String floorName, String reason, String closedBy) {
}
