package app.plateau.meeting;

import java.time.LocalDateTime;

/**
 * Where a meeting stands for its edit form, in the site's zone: the rule-given start of the first
 * occurrence not yet begun (not counting cancelled ones) and of the last one; {@code null} when
 * there is none. A series that already started is rescheduled from its next occurrence on.
 */
public record Upcoming(LocalDateTime next, LocalDateTime last) {
}
