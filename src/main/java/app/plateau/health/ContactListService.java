package app.plateau.health;

import app.plateau.base.Csv;
import app.plateau.base.DomainException;
import app.plateau.base.Messages;
import app.plateau.base.NotFoundException;
import app.plateau.meeting.PhysicalAttendance;
import app.plateau.meeting.PhysicalSitting;
import app.plateau.occupancy.PastStay;
import app.plateau.occupancy.PresenceHistory;
import app.plateau.organisation.Floor;
import app.plateau.organisation.Person;
import app.plateau.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact lists (issue 5, part 4): everyone who was on the same floor as a person at overlapping
 * times, from the presence history, and everyone who sat in an approved physical meeting with them.
 * Intervals are half-open, so a stay ending at 10:00 and one starting at 10:00 never meet; stays are
 * clipped to the window and open stays count until now. Health data: the site's health officer
 * only, and every list drawn up or exported is logged.
 */
@Service
public class ContactListService {

    static final String HEALTH_OFFICER = "hasRole('HEALTH_OFFICER')";
    /** The window a health officer looks at unless they choose another. */
    public static final Duration DEFAULT_WINDOW = Duration.ofHours(48);
    /** The longest window one list may cover. */
    public static final Duration MAX_WINDOW = Duration.ofDays(14);
    /** The columns of moments, whose header names the site's zone ({@link Csv#timeColumn}). */
    private static final Set<String> TIME_COLUMNS = Set.of("contacts.column.first", "contacts.column.last");
    /** The export's columns, as message keys. */
    public static final List<String> CSV_HEADER = List.of("contacts.column.person", "contacts.column.team",
            "contacts.csv.minutes", "contacts.column.floors", "contacts.column.first", "contacts.column.last",
            "contacts.column.source");

    private final PresenceHistory presence;
    private final PhysicalAttendance meetings;
    private final HealthAccessLog accessLog;
    private final EntityManager entityManager;
    private final Clock clock;

    ContactListService(PresenceHistory presence, PhysicalAttendance meetings, HealthAccessLog accessLog,
            EntityManager entityManager, Clock clock) {
        this.presence = presence;
        this.meetings = meetings;
        this.accessLog = accessLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The person's contacts over {@code [from, to)}; logged as a contact list read. */
    @PreAuthorize(HEALTH_OFFICER)
    @Transactional
    public ContactList contacts(long personId, Instant from, Instant to) {
        ContactList list = compute(personId, from, to);
        accessLog.record(siteOf(personId), HealthAccess.Action.CONTACT_LIST, personId, contactIds(list),
                detail("contact-list", list));
        return list;
    }

    /**
     * Writes the contact list as CSV for spreadsheets, longest time together first, with a header in
     * the reader's language and times of the site's zone with their offset ({@link Csv#TIME}); logged as an export. The
     * stream stays open: it belongs to the caller. Returns the number of contacts written.
     */
    @PreAuthorize(HEALTH_OFFICER)
    @Transactional
    public int writeCsv(long personId, Instant from, Instant to, Locale locale, OutputStream out)
            throws IOException {
        ContactList list = compute(personId, from, to);
        accessLog.record(siteOf(personId), HealthAccess.Action.EXPORT, personId, contactIds(list),
                detail("export", list));
        Csv csv = Csv.on(out);
        csv.row(CSV_HEADER.stream().map(key -> TIME_COLUMNS.contains(key) ? Csv.timeColumn(locale, key, list.zone())
                : Messages.get(locale, key)).toArray());
        for (Contact contact : list.contacts()) {
            csv.row(contact.name(), contact.team(), contact.overlap().toMinutes(),
                    String.join(", ", contact.floors()),
                    contact.firstOverlap().atZone(list.zone()), contact.lastOverlap().atZone(list.zone()),
                    contact.sources(locale));
        }
        csv.flush();
        return list.contacts().size();
    }

    private ContactList compute(long personId, Instant from, Instant to) {
        Person person = entityManager.find(Person.class, personId);
        if (person == null || !CurrentUser.get().mayAccessSite(person.getSite().getId())) {
            throw new NotFoundException();
        }
        Instant now = clock.instant();
        if (from == null || to == null || !from.isBefore(to)) {
            throw new DomainException("contacts.error.window");
        }
        if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw new DomainException("contacts.error.window-too-long", MAX_WINDOW.toDays());
        }
        if (!from.isBefore(now)) {
            throw new DomainException("contacts.error.future");
        }
        Instant end = to.isAfter(now) ? now : to;
        long siteId = person.getSite().getId();

        Map<Long, Together> together = new HashMap<>();
        Map<Long, List<Interval>> mine = new HashMap<>();
        for (PastStay stay : presence.ofPerson(personId, from, end)) {
            Interval clipped = Interval.clip(stay.startedAt(), stay.endOr(now), from, end);
            if (clipped != null) {
                mine.computeIfAbsent(stay.floorId(), floor -> new ArrayList<>()).add(clipped);
            }
        }
        if (!mine.isEmpty()) {
            Instant earliest = mine.values().stream().flatMap(List::stream).map(Interval::start)
                    .min(Comparator.naturalOrder()).orElseThrow();
            Instant latest = mine.values().stream().flatMap(List::stream).map(Interval::end)
                    .max(Comparator.naturalOrder()).orElseThrow();
            for (PastStay other : presence.onFloors(mine.keySet(), earliest, latest)) {
                if (other.personId() == personId) {
                    continue;
                }
                Interval theirs = Interval.clip(other.startedAt(), other.endOr(now), from, end);
                if (theirs == null) {
                    continue;
                }
                for (Interval own : mine.get(other.floorId())) {
                    Interval shared = own.intersect(theirs);
                    if (shared != null) {
                        together.computeIfAbsent(other.personId(), id -> new Together())
                                .onFloor(other.floorId(), shared);
                    }
                }
            }
        }
        for (PhysicalSitting sitting : meetings.sittings(personId, from, end)) {
            Interval held = Interval.clip(sitting.startsAt(), sitting.endsAt(), from, end);
            if (held == null) {
                continue;
            }
            for (long other : sitting.participantIds()) {
                if (other != personId) {
                    together.computeIfAbsent(other, id -> new Together()).inMeeting(sitting.title(), held);
                }
            }
        }
        return new ContactList(personId, person.getFullName(), from, end, person.getSite().zoneId(),
                rows(siteId, together));
    }

    private List<Contact> rows(long siteId, Map<Long, Together> together) {
        if (together.isEmpty()) {
            return List.of();
        }
        Map<Long, String> floorNames = new HashMap<>();
        Set<Long> floorIds = together.values().stream().flatMap(t -> t.floors.stream()).collect(Collectors.toSet());
        if (!floorIds.isEmpty()) {
            entityManager.createQuery("select f from Floor f where f.id in :ids", Floor.class)
                    .setParameter("ids", floorIds).getResultList()
                    .forEach(floor -> floorNames.put(floor.getId(), floor.getName()));
        }
        List<Contact> contacts = new ArrayList<>();
        entityManager.createQuery("select p from Person p left join fetch p.team where p.id in :ids", Person.class)
                .setParameter("ids", together.keySet()).getResultList().stream()
                // A person of another site cannot share a floor; a meeting of another site is not this one's.
                .filter(contact -> contact.getSite().getId() == siteId)
                .forEach(contact -> {
                    Together shared = together.get(contact.getId());
                    List<Interval> merged = Interval.merge(shared.intervals);
                    Duration total = merged.stream().map(Interval::length).reduce(Duration.ZERO, Duration::plus);
                    contacts.add(new Contact(contact.getId(), contact.getFullName(),
                            contact.getTeam() == null ? null : contact.getTeam().getName(), total,
                            shared.floors.stream().map(floorNames::get).toList(), merged.get(0).start(),
                            merged.get(merged.size() - 1).end(), List.copyOf(shared.meetings)));
                });
        contacts.sort(Comparator.comparing(Contact::overlap).reversed().thenComparing(Contact::name)
                .thenComparing(Contact::personId));
        return List.copyOf(contacts);
    }

    private long siteOf(long personId) {
        return entityManager.find(Person.class, personId).getSite().getId();
    }

    /** The contacts are read too: that they were near the person is their health data as well. */
    private static List<Long> contactIds(ContactList list) {
        return list.contacts().stream().map(Contact::personId).toList();
    }

    private static String detail(String name, ContactList list) {
        long hours = Duration.between(list.from(), list.to()).toHours();
        return HealthAccess.detail(name, hours, list.contacts().size());
    }

    /** What one contact shared with the person: the time intervals, the floors, the meetings. */
    private static final class Together {
        private final List<Interval> intervals = new ArrayList<>();
        private final Set<Long> floors = new LinkedHashSet<>();
        private final Set<String> meetings = new LinkedHashSet<>();

        void onFloor(long floorId, Interval shared) {
            intervals.add(shared);
            floors.add(floorId);
        }

        void inMeeting(String title, Interval shared) {
            intervals.add(shared);
            meetings.add(title);
        }
    }

    /** A half-open time interval {@code [start, end)}, never empty. */
    record Interval(Instant start, Instant end) {

        /** The part of {@code [start, end)} inside {@code [from, to)}, or null when none is. */
        static Interval clip(Instant start, Instant end, Instant from, Instant to) {
            Instant s = start.isBefore(from) ? from : start;
            Instant e = end.isAfter(to) ? to : end;
            return s.isBefore(e) ? new Interval(s, e) : null;
        }

        Interval intersect(Interval other) {
            return clip(start, end, other.start, other.end);
        }

        Duration length() {
            return Duration.between(start, end);
        }

        /** The union of intervals as disjoint ones, in order: time together is counted once. */
        static List<Interval> merge(List<Interval> intervals) {
            List<Interval> sorted = new ArrayList<>(intervals);
            sorted.sort(Comparator.comparing(Interval::start));
            List<Interval> merged = new ArrayList<>();
            for (Interval next : sorted) {
                Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && !next.start().isAfter(last.end())) {
                    if (next.end().isAfter(last.end())) {
                        merged.set(merged.size() - 1, new Interval(last.start(), next.end()));
                    }
                } else {
                    merged.add(next);
                }
            }
            return merged;
        }
    }
}
