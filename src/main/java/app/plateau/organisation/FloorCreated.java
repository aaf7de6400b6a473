package app.plateau.organisation;

/** A floor was added to a site; published inside the creating transaction. */
public record FloorCreated(long floorId, long siteId) {
}
