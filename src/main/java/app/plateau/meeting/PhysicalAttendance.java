package app.plateau.meeting;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sat in a room together: the approved physical meetings a person took part in, for contact
 * tracing. Callers are services that have already checked the caller's role and site. Requested,
 * denied and cancelled meetings and cancelled sittings never took place, so they are left out.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class PhysicalAttendance {

    private final EntityManager entityManager;

    PhysicalAttendance(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The person's sittings overlapping {@code [from, to)}, earliest first. */
    public List<PhysicalSitting> sittings(long personId, Instant from, Instant to) {
        List<Object[]> rows = entityManager.createQuery("""
                        select o.meeting.id, m.title, m.organiser.id, o.startsAt, o.endsAt from Occurrence o
                        join o.meeting m
                        where m.mode = :mode and m.state = :state and o.cancelled = false
                        and o.startsAt < :to and o.endsAt > :from
                        and (m.organiser.id = :person
                             or exists (select 1 from Meeting n join n.attendees a
                                        where n = m and a.person.id = :person))
                        order by o.startsAt, o.id
                        """, Object[].class)
                .setParameter("mode", MeetingMode.PHYSICAL)
                .setParameter("state", MeetingState.SCHEDULED)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("person", personId)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> participants = new HashMap<>();
        for (Object[] row : rows) {
            participants.computeIfAbsent((Long) row[0], id -> new LinkedHashSet<>()).add((Long) row[2]);
        }
        entityManager.createQuery("select m.id, a.person.id from Meeting m join m.attendees a where m.id in :ids",
                        Object[].class)
                .setParameter("ids", participants.keySet())
                .getResultList()
                .forEach(row -> participants.get((Long) row[0]).add((Long) row[1]));
        return rows.stream()
                .map(row -> new PhysicalSitting((Long) row[0], (String) row[1], (Instant) row[3], (Instant) row[4],
                        Set.copyOf(participants.get((Long) row[0]))))
                .toList();
    }
}
