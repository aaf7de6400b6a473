package app.plateau.meeting;

import app.plateau.base.DomainException;
import java.util.List;

/**
 * Some attendees are busy at a time the meeting takes. The organiser may book anyway once they saw
 * who and when: the draft is sent again with {@link MeetingDraft#confirmed()}.
 */
public class ConflictsFound extends DomainException {

    private final transient List<Conflict> conflicts;

    public ConflictsFound(List<Conflict> conflicts) {
        super("meeting.conflicts.found", conflicts.stream().map(Conflict::personId).distinct().count());
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> getConflicts() {
        return conflicts;
    }
}
