package app.plateau.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** A meeting as its detail and edit screens show it, times in the site's zone. */
public record MeetingDetails(long id, String uid, String title, String agenda, MeetingMode mode, MeetingState state,
        long organiserId, String organiserName, LocalDateTime firstStart, int durationMinutes, Recurrence recurrence,
        String externalUrl, String videoRoomUrl, String bridgeName, String dialIn, String pin, Long roomId,
        String roomName, String justification, String decidedBy, Instant decidedAt, String denyReason,
        List<Invitee> attendees, Set<Long> teamIds, int sequence, boolean mayEdit) {

    /** The draft that reproduces this meeting, for the edit form to start from. */
    public MeetingDraft toDraft() {
        Set<Long> people = attendees.stream().filter(a -> a.teamId() == null).map(Invitee::personId)
                .collect(java.util.stream.Collectors.toSet());
        return new MeetingDraft(title, agenda, firstStart, firstStart.plusMinutes(durationMinutes), mode, externalUrl,
                people, teamIds, recurrence, null, roomId, justification, false);
    }
}
