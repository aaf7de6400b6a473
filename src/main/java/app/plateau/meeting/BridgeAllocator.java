package app.plateau.meeting;

import app.plateau.base.DomainException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives a phone meeting a bridge and a PIN. All of it happens under the locks of the site's bridge
 * rows, taken in id order: the lines that overlapping meetings use on a bridge, added up, never
 * exceed its capacity, and no two overlapping meetings on a bridge share a PIN, however many
 * organisers book at once.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class BridgeAllocator {

    static final int PIN_DIGITS = 6;
    static final String PIN_PATTERN = "[0-9]{4,8}";
    /** How far ahead a refusal looks for the next time a bridge is free, and in which steps. */
    private static final Duration SEARCH_AHEAD = Duration.ofDays(7);
    private static final Duration SEARCH_STEP = Duration.ofMinutes(15);

    private final BridgeRepository bridges;
    private final OccurrenceRepository occurrences;
    private final SecureRandom random = new SecureRandom();
    private final int pinDigits;

    BridgeAllocator(BridgeRepository bridges, OccurrenceRepository occurrences,
            @Value("${plateau.meeting.phone.pin-digits:6}") int pinDigits) {
        this.bridges = bridges;
        this.occurrences = occurrences;
        this.pinDigits = pinDigits;
    }

    record Allocation(Bridge bridge, String pin) {
    }

    /**
     * A bridge with room for {@code lines} lines during every slot, and a PIN that no overlapping
     * meeting on it uses. The current bridge and PIN ({@code preferred}, {@code preferredPin}) are
     * kept when they still fit, so attendees keep dialling what they know. A PIN the organiser asks
     * for is given or refused, never swapped for another. When no bridge fits, the refusal names
     * the next time one does.
     */
    Allocation allocate(long siteId, List<Slot> slots, int lines, long meetingId, Long preferred, String preferredPin,
            String requestedPin, ZoneId zone) {
        requireReadCommitted();
        List<Bridge> pool = new ArrayList<>(bridges.lockActive(siteId));
        if (pool.isEmpty()) {
            throw new DomainException("meeting.error.no-bridges");
        }
        pool.sort(Comparator.comparing((Bridge b) -> !b.getId().equals(preferred)).thenComparing(Bridge::getId));
        Instant from = slots.get(0).start();
        Instant to = slots.get(slots.size() - 1).end();
        boolean roomButPinTaken = false;
        for (Bridge bridge : pool) {
            if (bridge.getLineCapacity() < lines) {
                continue;
            }
            List<Occurrence> taken = occurrences.onBridge(bridge.getId(), from, to, meetingId);
            if (!fits(bridge, taken, slots, lines)) {
                continue;
            }
            Set<String> pins = pinsUsed(taken, slots);
            if (requestedPin != null) {
                if (pins.contains(requestedPin)) {
                    roomButPinTaken = true;
                    continue;
                }
                return new Allocation(bridge, requestedPin);
            }
            if (bridge.getId().equals(preferred) && preferredPin != null && !pins.contains(preferredPin)) {
                return new Allocation(bridge, preferredPin);
            }
            return new Allocation(bridge, drawPin(pins));
        }
        if (roomButPinTaken) {
            throw new DomainException("meeting.error.pin-taken", requestedPin);
        }
        int widest = pool.stream().mapToInt(Bridge::getLineCapacity).max().orElse(0);
        if (widest < lines) {
            throw new DomainException("meeting.error.too-many-lines", lines, widest);
        }
        LocalDateTime next = nextFree(pool, slots, lines, meetingId, zone);
        if (next == null) {
            throw new DomainException("meeting.error.no-bridge-free");
        }
        throw new DomainException("meeting.error.no-bridge-free-until", next);
    }

    /**
     * The bridge locks serialise bookings, but under REPEATABLE READ the occurrences read once a lock
     * is granted would come from the snapshot taken before waiting for it: the caller's transaction
     * must read what the previous holder committed.
     */
    private static void requireReadCommitted() {
        Integer isolation = TransactionSynchronizationManager.getCurrentTransactionIsolationLevel();
        if (isolation == null || isolation != Connection.TRANSACTION_READ_COMMITTED) {
            throw new IllegalStateException("bridges are allocated in a READ COMMITTED transaction only");
        }
    }

    /** The most lines in use at once on the bridge during each slot, plus ours, within capacity. */
    private static boolean fits(Bridge bridge, List<Occurrence> taken, List<Slot> slots, int lines) {
        for (Slot slot : slots) {
            if (LinePeak.of(taken, slot.start(), slot.end()).lines() + lines > bridge.getLineCapacity()) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> pinsUsed(List<Occurrence> taken, List<Slot> slots) {
        Set<String> pins = new HashSet<>();
        for (Occurrence other : taken) {
            if (other.getPin() != null && slots.stream().anyMatch(s -> other.overlaps(s.start(), s.end()))) {
                pins.add(other.getPin());
            }
        }
        return pins;
    }

    private String drawPin(Set<String> used) {
        int bound = (int) Math.pow(10, pinDigits);
        while (true) {
            String pin = String.format("%0" + pinDigits + "d", random.nextInt(bound));
            if (!used.contains(pin)) {
                return pin;
            }
        }
    }

    /**
     * For a suggestion, not a booking: whether some active bridge of the site has {@code lines} free
     * during a slot within [from, to). Read once without locks; booking checks again under them.
     */
    Predicate<Slot> roomFor(long siteId, int lines, Instant from, Instant to, long meetingId) {
        List<Bridge> pool = bridges.findBySiteId(siteId, Pageable.unpaged()).stream()
                .filter(bridge -> bridge.isActive() && bridge.getLineCapacity() >= lines).toList();
        List<List<Occurrence>> taken = pool.stream()
                .map(bridge -> occurrences.onBridge(bridge.getId(), from, to, meetingId)).toList();
        return slot -> {
            for (int i = 0; i < pool.size(); i++) {
                if (fits(pool.get(i), taken.get(i), List.of(slot), lines)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** The first start, in steps of 15 minutes over the next week, at which some bridge takes the whole series. */
    private LocalDateTime nextFree(List<Bridge> pool, List<Slot> slots, int lines, long meetingId, ZoneId zone) {
        Instant from = slots.get(0).start();
        Instant to = slots.get(slots.size() - 1).end().plus(SEARCH_AHEAD);
        List<List<Occurrence>> taken = pool.stream()
                .map(bridge -> occurrences.onBridge(bridge.getId(), from, to, meetingId)).toList();
        for (Duration shift = SEARCH_STEP; shift.compareTo(SEARCH_AHEAD) <= 0; shift = shift.plus(SEARCH_STEP)) {
            Duration by = shift;
            List<Slot> moved = slots.stream().map(slot -> slot.shifted(by)).toList();
            for (int i = 0; i < pool.size(); i++) {
                Bridge bridge = pool.get(i);
                if (bridge.getLineCapacity() >= lines && fits(bridge, taken.get(i), moved, lines)) {
                    return LocalDateTime.ofInstant(moved.get(0).start(), zone);
                }
            }
        }
        return null;
    }
}
