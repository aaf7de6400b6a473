package app.plateau.meeting;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One occurrence as an agenda shows it to the person reading it, times in the site's zone.
 * {@code joinUrl} is that person's own link (with their token when video tokens are on); empty for
 * a phone or physical meeting. {@code participants} counts the organiser and the invited.
 */
public record AgendaEntry(long occurrenceId, long meetingId, String title, MeetingMode mode, MeetingState state,
        LocalDateTime start, LocalDateTime end, String organiserName, boolean organisedByMe, boolean recurring,
        boolean modified, String joinUrl, String dialIn, String pin, String roomName, int participants) {

    /** The join link opens this long before the start: people connect a little early. */
    public static final Duration JOIN_EARLY = Duration.ofMinutes(15);

    /** When the join link opens. */
    public LocalDateTime joinOpensAt() {
        return start.minus(JOIN_EARLY);
    }

    /**
     * Whether the reader may join now: from shortly before the start until the end. The one rule for
     * every screen, so a list saying "from 09:45" and a dialog offering to join never disagree.
     */
    public boolean joinOpen(LocalDateTime now) {
        return joinUrl != null && !now.isBefore(joinOpensAt()) && now.isBefore(end);
    }

    /** The meeting has ended: nothing left to join. */
    public boolean joinOver(LocalDateTime now) {
        return !now.isBefore(end);
    }

    public boolean isToday(LocalDateTime now) {
        return start.toLocalDate().equals(now.toLocalDate());
    }
}
