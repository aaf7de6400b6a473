package app.plateau.transfer;

import app.plateau.occupancy.PendingMoves;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the occupancy board and the entrance displays the moves that are not presence yet. */
@Component
class PendingMovesAdapter implements PendingMoves {

    private final TransferRepository transfers;
    private final Arrivals arrivals;

    PendingMovesAdapter(TransferRepository transfers, Arrivals arrivals) {
        this.transfers = transfers;
        this.arrivals = arrivals;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, FloorMoves> bySite(long siteId) {
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] row : transfers.floorsOfOpen(siteId, EnumSet.of(TransferState.PENDING, TransferState.APPROVED))) {
            long to = (Long) row[0];
            long from = (Long) row[1];
            TransferState state = (TransferState) row[2];
            if (state == TransferState.PENDING) {
                counts.computeIfAbsent(to, id -> new int[3])[0]++;
                counts.computeIfAbsent(from, id -> new int[3])[1]++;
            } else {
                counts.computeIfAbsent(to, id -> new int[3])[2]++;
            }
        }
        Map<Long, FloorMoves> moves = new HashMap<>();
        counts.forEach((floor, c) -> moves.put(floor, new FloorMoves(c[0], c[1], c[2])));
        return moves;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> expectedOn(long floorId) {
        return transfers.expectedOn(floorId);
    }

    @Override
    @Transactional
    public boolean arriveIfExpected(long personId, long floorId, String actor) {
        return arrivals.arriveIfExpected(personId, floorId, actor);
    }
}
