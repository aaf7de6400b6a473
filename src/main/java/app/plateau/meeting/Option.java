package app.plateau.meeting;

/** A person, team, room or bridge as a booking form offers it: an id and what to show. */
public record Option(long id, String label, String detail) {
}
