package app.plateau.occupancy;

import java.util.List;

/**
 * What an entrance display shows at a floor's door: the places taken against the cap, whether one
 * may come in, and who is expected by an approved move.
 */
public record EntranceDisplay(long siteId, long floorId, String floorName, int present, int reserved, int cap,
        boolean open, String closedReason, List<String> expected) {

    /** Places counted against the cap: people present and places held for moves and returns. */
    public int held() {
        return present + reserved;
    }

    public boolean full() {
        return held() >= cap;
    }
}
