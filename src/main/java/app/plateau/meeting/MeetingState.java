package app.plateau.meeting;

/**
 * Where a meeting stands. Video and phone meetings are {@code SCHEDULED} at once; a physical one is
 * {@code REQUESTED} until a site manager approves it ({@code SCHEDULED}) or denies it.
 */
public enum MeetingState {
    REQUESTED, SCHEDULED, DENIED, CANCELLED;

    /** Whether the meeting still takes time in people's agendas, on bridges and in rooms. */
    public boolean isActive() {
        return this == REQUESTED || this == SCHEDULED;
    }

    public String messageKey() {
        return "meeting.state." + name();
    }
}
