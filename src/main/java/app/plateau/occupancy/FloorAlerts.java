package app.plateau.occupancy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What other features want the occupancy board to show on a floor's card (a missed hygiene round,
 * an open critical failure), so that the manager may close the floor from there. Occupancy owns
 * this port and features implement it, so occupancy depends on none of them; with no
 * implementation the board shows no alert.
 */
public interface FloorAlerts {

    /** Per floor of the site, its alerts in the reader's language; floors without alerts are left out. */
    Map<Long, List<String>> bySite(long siteId, Locale locale);
}
