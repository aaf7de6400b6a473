package app.plateau.hygiene;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An open corrective action as the list shows it; times are in the site's zone. */
public record OpenAction(long id, long floorId, String floorName, String itemLabel, boolean critical,
        String failureNote, String action, String owner, LocalDate deadline, LocalDateTime openedAt,
        String openedBy) {
}
