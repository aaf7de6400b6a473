package app.plateau.occupancy;

import java.util.List;
import java.util.Map;

/**
 * What the board and the entrance display show of moves that are not presence yet. Occupancy owns
 * this port and the transfer feature implements it, so occupancy never depends on transfer.
 */
public interface PendingMoves {

    /** Per floor of the site: moves waiting for a decision into and out of it, and approved arrivals. */
    Map<Long, FloorMoves> bySite(long siteId);

    /** The names of people whose approved move to this floor has not arrived yet, in order of time. */
    List<String> expectedOn(long floorId);

    /**
     * A person shows up on a floor (a badge at its door): when they have an approved move to it,
     * or a move with a return whose place on it is kept, the move is completed as if they had
     * confirmed it themselves, and {@code true} is returned. Runs in the caller's transaction.
     */
    boolean arriveIfExpected(long personId, long floorId, String actor);

    record FloorMoves(int pendingIn, int pendingOut, int expectedIn) {

        public static final FloorMoves NONE = new FloorMoves(0, 0, 0);
    }
}
