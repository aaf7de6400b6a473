package app.plateau.health;

import app.plateau.base.DomainException;
import app.plateau.occupancy.CheckInGate;
import app.plateau.organisation.Person;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Keeps off the floors a person whose temperature was above the threshold and not yet cleared, or
 * whom the health officer sent home or into isolation through a date. The refusal never says which,
 * nor that health is the cause, to anyone but the person: at the door (a badge reader's display, which
 * others in the queue read too) they are told to see the health officer, without their name; a lead
 * or a manager checking them in reads only that the entry is refused for now.
 */
@Component
class HealthGate implements CheckInGate {

    private final TemperatureCheckRepository checks;
    private final SymptomCaseRepository cases;
    private final Clock clock;

    HealthGate(TemperatureCheckRepository checks, SymptomCaseRepository cases, Clock clock) {
        this.checks = checks;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void check(Person person, boolean toThePerson) {
        LocalDate today = LocalDate.now(clock.withZone(person.getSite().zoneId()));
        if (checks.blocks(person.getId()) || cases.blocks(person.getId(), today)) {
            throw toThePerson ? new DomainException("health.gate.see-officer")
                    : new DomainException("health.gate.refused", person.getFullName());
        }
    }
}
