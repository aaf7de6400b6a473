package app.plateau.occupancy;

import app.plateau.organisation.Person;

/**
 * A rule of another feature that may keep a person off every floor (the health officer sent them
 * home, or their temperature was above the threshold). Occupancy owns this port and asks every
 * gate before each check-in, whether from a screen, a team lead or a badge reader, in the
 * check-in's transaction; features implement it, so occupancy depends on none of them.
 */
public interface CheckInGate {

    /** Throws a {@link app.plateau.base.DomainException} saying why the person may not check in now. */
    void check(Person person);
}
