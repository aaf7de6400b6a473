package app.plateau.occupancy;

import app.plateau.organisation.WorkMode;
import java.time.Instant;

/**
 * A member of the signed-in lead's team as their start page shows them now: how they work and, when
 * checked in, on which floor and since when ({@code floorId} {@code null} when not on a floor).
 */
public record TeamMember(long personId, String fullName, WorkMode workMode, Long floorId, String floorName,
        Instant since) {

    public boolean present() {
        return floorId != null;
    }
}
