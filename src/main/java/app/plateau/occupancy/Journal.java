package app.plateau.occupancy;

import app.plateau.organisation.Floor;
import app.plateau.organisation.Person;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the movement journal inside the transaction of what it records, so a line exists exactly
 * when the change it describes was committed. Transfer writes its requests and decisions here too.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, noRollbackFor = CapacityRefused.class)
public class Journal {

    private final MovementRepository movements;
    private final Clock clock;

    Journal(MovementRepository movements, Clock clock) {
        this.movements = movements;
        this.clock = clock;
    }

    /** Records a line; {@code from}, {@code to}, {@code transferId} and {@code detail} may be empty. */
    public void record(MovementKind kind, Person person, Floor from, Floor to, Long transferId, String actor,
            String detail) {
        long siteId = person != null ? person.getSite().getId()
                : from != null ? from.getSite().getId() : to.getSite().getId();
        Movement movement = new Movement(siteId, clock.instant(), kind, actor);
        if (person != null) {
            movement.person(person.getId(), person.getFullName());
        }
        if (from != null) {
            movement.from(from.getId(), from.getName());
        }
        if (to != null) {
            movement.to(to.getId(), to.getName());
        }
        movements.save(movement.transfer(transferId).detail(detail));
    }
}
