package app.plateau.organisation;

/**
 * How many places of a floor are taken now (people present and places held for moves). The
 * occupancy feature implements this port, so organisation does not depend on it.
 */
public interface FloorOccupancy {

    /** The places taken, read with a lock that keeps them from growing until the transaction ends. */
    int lockPlacesTaken(long floorId);
}
