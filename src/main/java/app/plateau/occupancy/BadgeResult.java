package app.plateau.occupancy;

/**
 * What a badge did: whose, on which floor, and whether it completed a move (an arrival, or a
 * return to a kept place) rather than a plain check-in or check-out.
 */
public record BadgeResult(long personId, String personName, long floorId, String floorName, boolean move) {
}
