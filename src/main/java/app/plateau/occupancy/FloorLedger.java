package app.plateau.occupancy;

import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.organisation.Floor;
import app.plateau.organisation.Person;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The presence ledger: stays on floors and the places held for moves, always changed together with
 * the floor's counters in the caller's transaction. The cap is checked by the database on the
 * counter row ({@link Counters}); a refusal is journalled and raised as {@link CapacityRefused}.
 * Callers are services that have already checked the caller's role and site.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, noRollbackFor = CapacityRefused.class)
public class FloorLedger {

    private final Counters counters;
    private final PresenceRepository presences;
    private final Journal journal;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<CheckInGate> gates;

    FloorLedger(Counters counters, PresenceRepository presences, Journal journal, EntityManager entityManager,
            ApplicationEventPublisher events, Clock clock, List<CheckInGate> gates) {
        this.counters = counters;
        this.presences = presences;
        this.journal = journal;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
        this.gates = List.copyOf(gates);
    }

    public Optional<Presence> openStay(long personId) {
        return presences.findByOpenPersonId(personId);
    }

    public Floor floor(long floorId) {
        Floor floor = entityManager.find(Floor.class, floorId);
        if (floor == null) {
            throw new NotFoundException();
        }
        return floor;
    }

    public Person person(long personId) {
        Person person = entityManager.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException();
        }
        return person;
    }

    /** Starts a stay on a floor: refused when the person is already on one, or the floor is closed or full. */
    public Presence checkIn(Person person, Floor floor, StayChange how, String actor) {
        sameSite(person, floor);
        if (!person.isActive()) {
            throw new DomainException("presence.error.inactive", person.getFullName());
        }
        // Who reads a refusal: the person at the door or checking themselves in may be told more
        // than a lead or a manager checking them in.
        boolean toThePerson = how == StayChange.BADGE || isSelf(person);
        gates.forEach(gate -> gate.check(person, toThePerson));
        Optional<Presence> open = presences.findByOpenPersonId(person.getId());
        if (open.isPresent()) {
            throw new DomainException("presence.error.already-present", person.getFullName(),
                    floor(open.get().getFloorId()).getName());
        }
        take(floor, counters::takePresent, person, null, actor);
        Presence stay = presences.save(new Presence(floor.getSite().getId(), person.getId(), floor.getId(),
                clock.instant(), how, actor));
        journal.record(MovementKind.CHECK_IN, person, null, floor, null, actor,
                how == StayChange.BADGE ? actor : null);
        events.publishEvent(new CheckedIn(floor.getSite().getId(), floor.getId(), how, isSelf(person)));
        changed(floor);
        moved(person);
        return stay;
    }

    /** Ends the person's stay; moves that depended on it are closed by the listeners of {@link PresenceEnded}. */
    public Presence checkOut(Person person, StayChange how, String actor) {
        Presence stay = presences.findByOpenPersonId(person.getId())
                .orElseThrow(() -> new DomainException("presence.error.not-present", person.getFullName()));
        Floor floor = floor(stay.getFloorId());
        stay.end(clock.instant(), how, actor);
        counters.leavePresent(floor.getId());
        journal.record(kindOfCheckOut(how), person, floor, null, null, actor, null);
        events.publishEvent(new PresenceEnded(floor.getSite().getId(), person.getId(), floor.getId(), how));
        changed(floor);
        moved(person);
        return stay;
    }

    /**
     * Ends the person's stay if they have one, for a rule of another feature that keeps them off
     * the floors at once (the health officer sent them home): nothing happens when they are absent.
     * <p>
     * The stay ends, and is journalled, exactly as the person's own check-out: kind, no detail, and
     * the person as the one who acted. The journal is read by managers, auditors and administrators
     * and kept for ever, so it must not say why: the health officer's name would say it as surely as
     * a kind of its own, and so would "Plateau", which no other plain check-out carries. The person
     * did leave the floor then; who decided it and why stays in the rule's own records, which that
     * feature keeps to whom it may concern and deletes at the end of their retention.
     */
    public Optional<Presence> checkOutIfPresent(Person person) {
        if (presences.findByOpenPersonId(person.getId()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(checkOut(person, StayChange.MANUAL, person.getFullName()));
    }

    private static MovementKind kindOfCheckOut(StayChange how) {
        return switch (how) {
            case END_OF_DAY -> MovementKind.END_OF_DAY_CHECK_OUT;
            case SHIFT_END -> MovementKind.SHIFT_END_CHECK_OUT;
            default -> MovementKind.CHECK_OUT;
        };
    }

    /** Holds a place on a floor for an approved move until the person arrives or the move lapses. */
    public void reserve(Floor floor, Person person, Long transferId, String actor) {
        take(floor, counters::takeReserved, person, transferId, actor);
        changed(floor);
    }

    /** Tries to hold a place without raising a refusal: for rules that approve only when there is room. */
    public boolean tryReserve(Floor floor) {
        boolean taken = counters.takeReserved(floor.getId());
        if (taken) {
            changed(floor);
        }
        return taken;
    }

    /** Gives back a place held for a move that will not happen, or a place kept for a return. */
    public void release(Floor floor) {
        counters.releaseReserved(floor.getId());
        changed(floor);
    }

    /**
     * The person arrives on the floor a move holds a place on. Their stay on the floor they leave
     * ends; if they are to come back, their place there is kept for them (counted against its cap).
     */
    public Presence arrive(Person person, Floor from, Floor to, boolean keepPlaceToReturn, String actor) {
        counters.lockInOrder(from.getId(), to.getId());
        Presence stay = stayOn(person, from);
        stay.end(clock.instant(), StayChange.MOVE, actor);
        presences.flush();
        if (keepPlaceToReturn) {
            counters.presentToReserved(from.getId());
        } else {
            counters.leavePresent(from.getId());
        }
        counters.reservedToPresent(to.getId());
        Presence arrived = presences.save(new Presence(to.getSite().getId(), person.getId(), to.getId(),
                clock.instant(), StayChange.MOVE, actor));
        changed(to);
        moved(person);
        return arrived;
    }

    /** The person comes back from a move to the floor where their place was kept. */
    public Presence comeBack(Person person, Floor from, Floor to, String actor) {
        counters.lockInOrder(from.getId(), to.getId());
        Presence stay = stayOn(person, from);
        stay.end(clock.instant(), StayChange.MOVE, actor);
        presences.flush();
        counters.leavePresent(from.getId());
        counters.reservedToPresent(to.getId());
        Presence back = presences.save(new Presence(to.getSite().getId(), person.getId(), to.getId(),
                clock.instant(), StayChange.MOVE, actor));
        changed(to);
        moved(person);
        return back;
    }

    private Presence stayOn(Person person, Floor floor) {
        Presence stay = presences.findByOpenPersonId(person.getId())
                .orElseThrow(() -> new DomainException("presence.error.not-present", person.getFullName()));
        if (!stay.getFloorId().equals(floor.getId())) {
            throw new DomainException("presence.error.not-on-floor", person.getFullName(), floor.getName());
        }
        return stay;
    }

    private void take(Floor floor, LongPredicate taker, Person person, Long transferId, String actor) {
        if (taker.test(floor.getId())) {
            return;
        }
        // The update touched no row: tell closed from full by what the database holds now.
        Counters.Refusal now = counters.refusal(floor.getId());
        if (!now.open()) {
            throw new CapacityRefused("floor.error.closed", floor.getName(),
                    now.closedReason() == null ? "" : now.closedReason());
        }
        Counters.Load load = now.load();
        journal.record(MovementKind.CAP_REFUSED, person, null, floor, transferId, actor,
                load.held() + "/" + load.cap());
        events.publishEvent(new RefusedAtCap(floor.getSite().getId(), floor.getId(), transferId != null));
        throw new CapacityRefused("occupancy.error.full", floor.getName(), load.held(), load.cap());
    }

    private static void sameSite(Person person, Floor floor) {
        if (!person.getSite().getId().equals(floor.getSite().getId())) {
            throw new NotFoundException();
        }
    }

    /** Whether the signed-in caller is the person themselves, rather than their lead, a manager or the system. */
    private static boolean isSelf(Person person) {
        return CurrentUser.find().map(PlateauUser::personId).map(person.getId()::equals).orElse(false);
    }

    private void moved(Person person) {
        events.publishEvent(new StayChanged(person.getSite().getId(), person.getId()));
    }

    private void changed(Floor floor) {
        events.publishEvent(new OccupancyChanged(floor.getSite().getId()));
    }
}
