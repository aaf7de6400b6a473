package app.plateau.meeting;

/** How a meeting is held. Physical meetings are an exception that a site manager approves. */
public enum MeetingMode {
    VIDEO, PHONE, PHYSICAL;

    public boolean isVirtual() {
        return this != PHYSICAL;
    }

    public String messageKey() {
        return "meeting.mode." + name();
    }
}
