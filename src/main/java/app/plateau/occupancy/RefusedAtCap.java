package app.plateau.occupancy;

/**
 * A floor at its cap refused a place, to a check-in or to a move's approval ({@code forMove}): the
 * journal's cap refusal. Published inside the transaction, which commits despite the refusal;
 * operators' figures count it after commit.
 */
public record RefusedAtCap(long siteId, long floorId, boolean forMove) {
}
