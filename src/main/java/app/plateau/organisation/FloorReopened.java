package app.plateau.organisation;

/** A closed floor was opened again; published inside the reopening transaction. */
public record FloorReopened(long floorId, long siteId, String floorName, String reopenedBy) {
}
