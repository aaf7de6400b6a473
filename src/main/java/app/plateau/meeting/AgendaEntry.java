package app.plateau.meeting;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

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

    /**
     * The next moment after {@code now} at which the way to join a video meeting changes by itself:
     * the link opens, or the meeting ends. Empty for a phone or physical meeting, or one that is over.
     * What a screen left open waits for to redraw, by the same rule as {@link #joinOpen}.
     */
    public Optional<LocalDateTime> joinChangesAfter(LocalDateTime now) {
        if (mode != MeetingMode.VIDEO) {
            return Optional.empty();
        }
        if (now.isBefore(joinOpensAt())) {
            return Optional.of(joinOpensAt());
        }
        return now.isBefore(end) ? Optional.of(end) : Optional.empty();
    }

    /** The meeting has ended: nothing left to join. */
    public boolean joinOver(LocalDateTime now) {
        return !now.isBefore(end);
    }

    public boolean isToday(LocalDateTime now) {
        return start.toLocalDate().equals(now.toLocalDate());
    }
}
