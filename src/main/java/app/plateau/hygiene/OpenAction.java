package app.plateau.hygiene;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An open corrective action as the lists show it; times are in the site's zone. {@code ownerId} and
 * {@code owner} are {@code null} while nobody owns it; {@code overdue} once its deadline has passed.
 */
public record OpenAction(long id, long floorId, String floorName, String itemLabel, boolean critical,
        String failureNote, String action, Long ownerId, String owner, LocalDate deadline, boolean overdue,
        LocalDateTime openedAt, String openedBy) {
}
