package app.plateau.hygiene;

/** A round was completed or a corrective action closed at a site: rounds screens refresh. */
public record HygieneChanged(long siteId) {
}
