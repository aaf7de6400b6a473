package app.plateau.hygiene;

import java.time.LocalDate;
import java.util.List;

/**
 * A round opened on the checklist: its line, the items to tick (from its template) while it is open,
 * or the answers it was given once done; {@code today} is the site's date, for deadlines.
 */
public record RoundSheet(RoundLine line, List<ChecklistItem> items, List<CheckResult> results, LocalDate today) {
}
