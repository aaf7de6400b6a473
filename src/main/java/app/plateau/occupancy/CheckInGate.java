package app.plateau.occupancy;

import app.plateau.organisation.Person;

/**
 * A rule of another feature that may keep a person off every floor (the health officer sent them
 * home, or their temperature was above the threshold). Occupancy owns this port and asks every
 * gate before each check-in, whether from a screen, a team lead or a badge reader, in the
 * check-in's transaction; features implement it, so occupancy depends on none of them.
 */
public interface CheckInGate {

    /**
     * Throws a {@link app.plateau.base.DomainException} when the person may not check in now. The
     * refusal is read by the person themself when {@code toThePerson} (their badge at the door, their
     * own check-in), else by a lead or a manager checking them in: to them it must not say a cause
     * that is another feature's secret.
     */
    void check(Person person, boolean toThePerson);
}
