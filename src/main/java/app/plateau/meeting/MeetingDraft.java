package app.plateau.meeting;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * What the organiser asks for. Times are in the site's time zone; {@code end} is the first
 * occurrence's end, which sets every occurrence's length. Attendees are people and whole teams,
 * resolved to their members when saved. {@code pin} is optional: a PIN the organiser wants to keep
 * (their team's usual one); Plateau draws one otherwise. {@code conflictsConfirmed} says the
 * organiser saw which attendees are already busy and books anyway.
 */
public record MeetingDraft(String title, String agenda, LocalDateTime start, LocalDateTime end, MeetingMode mode,
        String externalUrl, Set<Long> personIds, Set<Long> teamIds, Recurrence recurrence, String pin,
        Long roomId, String justification, boolean conflictsConfirmed) {

    public MeetingDraft {
        personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
        recurrence = recurrence == null ? Recurrence.NONE : recurrence;
    }

    /** A video meeting with people, not repeating: the common case, and a start for tests. */
    public static MeetingDraft video(String title, LocalDateTime start, LocalDateTime end, Set<Long> personIds) {
        return new MeetingDraft(title, null, start, end, MeetingMode.VIDEO, null, personIds, Set.of(),
                Recurrence.NONE, null, null, null, false);
    }

    public MeetingDraft confirmed() {
        return new MeetingDraft(title, agenda, start, end, mode, externalUrl, personIds, teamIds, recurrence, pin,
                roomId, justification, true);
    }

    public MeetingDraft withMode(MeetingMode newMode) {
        return new MeetingDraft(title, agenda, start, end, newMode, externalUrl, personIds, teamIds, recurrence, pin,
                roomId, justification, conflictsConfirmed);
    }

    public MeetingDraft withRecurrence(Recurrence newRecurrence) {
        return new MeetingDraft(title, agenda, start, end, mode, externalUrl, personIds, teamIds, newRecurrence, pin,
                roomId, justification, conflictsConfirmed);
    }

    public MeetingDraft withTeams(Set<Long> newTeamIds) {
        return new MeetingDraft(title, agenda, start, end, mode, externalUrl, personIds, newTeamIds, recurrence, pin,
                roomId, justification, conflictsConfirmed);
    }

    public MeetingDraft withPin(String newPin) {
        return new MeetingDraft(title, agenda, start, end, mode, externalUrl, personIds, teamIds, recurrence, newPin,
                roomId, justification, conflictsConfirmed);
    }

    public MeetingDraft withExternalUrl(String url) {
        return new MeetingDraft(title, agenda, start, end, mode, url, personIds, teamIds, recurrence, pin,
                roomId, justification, conflictsConfirmed);
    }

    public MeetingDraft inRoom(Long newRoomId, String newJustification) {
        return new MeetingDraft(title, agenda, start, end, MeetingMode.PHYSICAL, externalUrl, personIds, teamIds,
                recurrence, pin, newRoomId, newJustification, conflictsConfirmed);
    }
}
