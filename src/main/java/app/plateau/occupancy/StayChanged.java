package app.plateau.occupancy;

/**
 * Where one person is has changed (check-in, check-out, arrival, return). Published inside the
 * transaction; that person's own screens hear of it after commit, without every open screen of
 * the site re-reading the floors.
 */
public record StayChanged(long siteId, long personId) {
}
