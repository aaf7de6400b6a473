package app.plateau.occupancy;

import java.time.LocalTime;
import java.time.ZoneId;

/** What a wall screen shows: its site's board, with the site's name, clock and end of day to draw it by. */
public record WallDisplay(long siteId, String siteName, ZoneId zone, LocalTime dayEnd, Board board) {
}
