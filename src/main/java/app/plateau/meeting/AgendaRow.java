package app.plateau.meeting;

import java.time.Instant;

/** One occurrence as the agenda queries read it, column by column. */
record AgendaRow(Long occurrenceId, Long meetingId, String title, MeetingMode mode, MeetingState state,
        Instant startsAt, Instant endsAt, Long organiserId, String organiserName, String recurrence,
        boolean modified, String videoRoom, String externalUrl, String dialIn, String pin, String roomName,
        int lineCount) {
}
