package app.plateau.hygiene;

import java.time.LocalDateTime;
import java.time.LocalTime;

/** A round as the rounds screen lists it: floor, template, time in the site's zone, status, who did it. */
public record RoundLine(long id, long floorId, String floorName, String templateName, LocalTime time,
        RoundStatus status, String completedBy, LocalDateTime completedAt) {
}
