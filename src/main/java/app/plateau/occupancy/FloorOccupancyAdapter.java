package app.plateau.occupancy;

import app.plateau.organisation.FloorOccupancy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Lets the floor administration refuse a cap below the places taken now. */
@Component
class FloorOccupancyAdapter implements FloorOccupancy {

    private final Counters counters;

    FloorOccupancyAdapter(Counters counters) {
        this.counters = counters;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int lockPlacesTaken(long floorId) {
        return counters.lockTaken(floorId);
    }
}
