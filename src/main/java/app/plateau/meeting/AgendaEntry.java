package app.plateau.meeting;

import java.time.LocalDateTime;

/**
 * One occurrence as an agenda shows it to the person reading it, times in the site's zone.
 * {@code joinUrl} is that person's own link (with their token when video tokens are on); empty for
 * a phone or physical meeting. {@code participants} counts the organiser and the invited.
 */
public record AgendaEntry(long occurrenceId, long meetingId, String title, MeetingMode mode, MeetingState state,
        LocalDateTime start, LocalDateTime end, String organiserName, boolean organisedByMe, boolean recurring,
        boolean modified, String joinUrl, String dialIn, String pin, String roomName, int participants) {

    public boolean isToday(LocalDateTime now) {
        return start.toLocalDate().equals(now.toLocalDate());
    }
}
