package app.plateau.meeting;

/** An invited person, and the team they were invited through ({@code null} when named one by one). */
public record Invitee(long personId, String name, Long teamId, String teamName) {
}
