package app.plateau.hygiene;

import java.time.LocalTime;
import java.util.List;

/** Where and when a template is done: its floors and its daily times. */
public record ScheduleLine(List<Long> floorIds, List<LocalTime> times) {
}
