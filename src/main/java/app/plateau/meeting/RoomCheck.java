package app.plateau.meeting;

import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a physical meeting fits its room: the participants within the room's sanitary cap, and no
 * approved meeting in the room at any of its times. Checked under the room's row lock, when a
 * meeting is requested or changed and again when the site manager approves it: requests do not
 * hold the room, so two teams may ask for it at the same time and the approval decides.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class RoomCheck {

    private final MeetingRoomRepository rooms;
    private final OccurrenceRepository occurrences;

    RoomCheck(MeetingRoomRepository rooms, OccurrenceRepository occurrences) {
        this.rooms = rooms;
        this.occurrences = occurrences;
    }

    /** Locks the room until commit and refuses the slots when they do not fit it; {@code meetingId} is not counted. */
    MeetingRoom check(MeetingRoom room, List<Slot> slots, int participants, long meetingId, ZoneId zone) {
        MeetingRoom locked = rooms.findLocked(room.getId()).orElseThrow(NotFoundException::new);
        if (participants > locked.getSanitaryCap()) {
            throw new DomainException("meeting.error.room-cap", locked.getName(), participants,
                    locked.getSanitaryCap());
        }
        List<Occurrence> taken = occurrences.inRoom(locked.getId(), slots.get(0).start(),
                slots.get(slots.size() - 1).end(), meetingId);
        for (Occurrence other : taken) {
            if (Slot.overlapsAny(slots, other.getStartsAt(), other.getEndsAt())) {
                throw new DomainException("meeting.error.room-taken", locked.getName(),
                        LocalDateTime.ofInstant(other.getStartsAt(), zone));
            }
        }
        return locked;
    }
}
