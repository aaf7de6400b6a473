package app.plateau.occupancy;

/**
 * Something a site's occupancy board shows has changed: a count, a reservation, a pending move or
 * a floor's state. Published inside the transaction; screens hear of it after commit.
 */
public record OccupancyChanged(long siteId) {
}
