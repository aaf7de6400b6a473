package app.plateau.health;

import app.plateau.base.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One person who shared a floor or a physical meeting with the traced person: the time spent
 * together in the window (overlaps merged, so a meeting held while both were also checked in to one
 * floor counts once), the floors shared, the first and last moment together, and the meetings.
 */
public record Contact(long personId, String name, String team, Duration overlap, List<String> floors,
        Instant firstOverlap, Instant lastOverlap, List<String> meetings) {

    /** Where the time together was spent, in the reader's language: the floors, then each meeting. */
    public String sources(Locale locale) {
        List<String> sources = new ArrayList<>();
        if (!floors.isEmpty()) {
            sources.add(Messages.get(locale, "contacts.source.floor"));
        }
        meetings.forEach(title -> sources.add(Messages.get(locale, "contacts.source.meeting", title)));
        return String.join(", ", sources);
    }
}
