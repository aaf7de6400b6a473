package app.plateau.occupancy;

/**
 * A person's presence on the site ended (checked out by themselves, a lead, a badge reader or the
 * end-of-day job). Published inside the transaction, so moves that depended on the presence are
 * closed in the same one.
 */
public record PresenceEnded(long siteId, long personId, long floorId, StayChange how) {
}
