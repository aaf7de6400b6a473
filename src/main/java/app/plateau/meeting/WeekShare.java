package app.plateau.meeting;

import java.time.LocalDate;

/**
 * One ISO week of a site's meetings: occurrences held virtually (video or phone) and physically
 * (approved), cancelled ones left out. Evidence for the charter's measure "meetings replaced by
 * phone and video conferences".
 */
public record WeekShare(LocalDate monday, long virtual, long physical) {

    public long total() {
        return virtual + physical;
    }

    /**
     * The share of meetings held virtually, in whole percent rounded down, so that 100 % means that
     * not one was held in a room; {@code null} in a week without meetings.
     */
    public Integer sharePercent() {
        return total() == 0 ? null : (int) (virtual * 100 / total());
    }
}
