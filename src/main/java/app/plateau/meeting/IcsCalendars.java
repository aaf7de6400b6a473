package app.plateau.meeting;

import app.plateau.base.Messages;
import app.plateau.organisation.Person;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.springframework.stereotype.Component;

/**
 * Meetings as iCalendar (RFC 5545, with the RFC 5546 methods), built by ical4j: invitations and
 * their updates, cancellations, and a person's published feed.
 *
 * <p>A series is one VEVENT with the RRULE, its cancelled occurrences as EXDATE and each moved one
 * as a further VEVENT with its RECURRENCE-ID. Times carry the site's TZID with its VTIMEZONE, so
 * 08:45 stays 08:45 across daylight-saving changes. A moved occurrence's SEQUENCE is the meeting's
 * plus its own: both only ever grow, so every change of either is seen as newer.
 *
 * <p>People are named by {@code mailto:} when their e-mail is known; the others by a stable
 * {@code urn:uuid:} made from their person id, so that every calendar still lists everyone invited.
 *
 * <p>Texts are French, the sites' language: the file is shared by every attendee.
 */
@Component
class IcsCalendars {

    static final String PRODUCT_ID = "-//Plateau//Meetings//FR";
    static final String CONTENT_TYPE = "text/calendar";
    /** How often subscribed calendars should come back for the feed. */
    static final Duration FEED_REFRESH = Duration.ofHours(1);
    private static final int FILE_NAME_MAX = 80;

    private final OccurrenceRepository occurrences;
    private final BridgeRepository bridges;
    private final MeetingRoomRepository rooms;
    private final VideoLinks video;
    private final Clock clock;
    /** ical4j's registry reads the zone definitions bundled in its jar; updates are off (ical4j.properties). */
    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();

    IcsCalendars(OccurrenceRepository occurrences, BridgeRepository bridges, MeetingRoomRepository rooms,
            VideoLinks video, Clock clock) {
        this.occurrences = occurrences;
        this.bridges = bridges;
        this.rooms = rooms;
        this.video = video;
        this.clock = clock;
    }

    /**
     * What a calendar should hold now: the invitation while the meeting is held, its cancellation
     * once it is cancelled or denied (or, for a single meeting, once its one occurrence is).
     */
    String current(Meeting meeting) {
        if (!meeting.getState().isActive()) {
            return cancellation(meeting);
        }
        if (!meeting.isRecurring()) {
            Occurrence single = single(meeting);
            if (single != null && single.isCancelled()) {
                return occurrenceCancellation(meeting, single);
            }
        }
        return invitation(meeting);
    }

    /** METHOD:REQUEST: the meeting or series as it stands, with its moved and cancelled occurrences. */
    String invitation(Meeting meeting) {
        Zone zone = zone(meeting);
        List<CalendarComponent> events = events(meeting, zone, true);
        return text(calendar(Method.VALUE_REQUEST, List.of(zone), events, List.of()));
    }

    /** METHOD:CANCEL of the whole meeting or series, for everyone invited. */
    String cancellation(Meeting meeting) {
        return cancellation(meeting, attendeesOf(meeting));
    }

    /** METHOD:CANCEL of the whole meeting or series for these people only: those no longer invited. */
    String cancellation(Meeting meeting, Collection<Person> uninvited) {
        Zone zone = zone(meeting);
        Occurrence single = meeting.isRecurring() ? null : single(meeting);
        VEvent event = new VEvent(false);
        event.add(new Uid(meeting.getUid()));
        stamp(event);
        event.add(new Sequence(single == null ? meeting.getSequence() : sequence(meeting, single)));
        if (single == null) {
            Instant start = meeting.getFirstStartLocal().atZone(zone.id()).toInstant();
            times(event, zone, start, start.plus(meeting.getDuration()));
            event.add(new RRule<>(meeting.getRecurrence()));
        } else {
            times(event, zone, single.getStartsAt(), single.getEndsAt());
        }
        event.add(new Summary(meeting.getTitle()));
        people(event, meeting.getOrganiser(), uninvited);
        event.add(new Status(Status.VALUE_CANCELLED));
        return text(calendar(Method.VALUE_CANCEL, List.of(zone), List.of(event), List.of()));
    }

    /** METHOD:CANCEL of one occurrence: its RECURRENCE-ID in a series, the meeting itself otherwise. */
    String occurrenceCancellation(Meeting meeting, Occurrence occurrence) {
        Zone zone = zone(meeting);
        VEvent event = new VEvent(false);
        event.add(new Uid(meeting.getUid()));
        stamp(event);
        event.add(new Sequence(sequence(meeting, occurrence)));
        times(event, zone, occurrence.getStartsAt(), occurrence.getEndsAt());
        if (meeting.isRecurring()) {
            event.add(new RecurrenceId<Temporal>(zone.parameters(), zone.at(occurrence.getOriginalStart())));
        }
        event.add(new Summary(meeting.getTitle()));
        people(event, meeting.getOrganiser(), attendeesOf(meeting));
        event.add(new Status(Status.VALUE_CANCELLED));
        return text(calendar(Method.VALUE_CANCEL, List.of(zone), List.of(event), List.of()));
    }

    /**
     * METHOD:PUBLISH: a person's meetings for a subscribed calendar. Meetings no longer held are left
     * out: a subscribed calendar replaces its whole content at each read, so they disappear. As RFC
     * 5546 asks of a published calendar, events name their organiser but list no attendees, which
     * also keeps colleagues' addresses out of a feed whose link may travel.
     */
    String feed(String calendarName, ZoneId personZone, List<Meeting> meetings) {
        List<CalendarComponent> events = new ArrayList<>();
        List<Zone> zones = new ArrayList<>();
        for (Meeting meeting : meetings) {
            if (!meeting.getState().isActive()) {
                continue;
            }
            Zone zone = zone(meeting);
            List<CalendarComponent> own = events(meeting, zone, false);
            if (!own.isEmpty()) {
                events.addAll(own);
                if (!zones.contains(zone)) {
                    zones.add(zone);
                }
            }
        }
        List<net.fortuna.ical4j.model.Property> extra = List.of(
                new XProperty("X-WR-CALNAME", calendarName),
                new XProperty("X-WR-TIMEZONE", personZone.getId()),
                new RefreshInterval(new ParameterList(List.of(Value.DURATION)), FEED_REFRESH),
                new XProperty("X-PUBLISHED-TTL", FEED_REFRESH.toString()));
        return text(calendar(Method.VALUE_PUBLISH, zones, events, extra));
    }

    /** A file name every system keeps: the title without path or control characters, and ".ics". */
    static String fileName(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC)
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (plain.length() > FILE_NAME_MAX) {
            plain = plain.substring(0, FILE_NAME_MAX).strip();
        }
        plain = plain.replaceAll("^\\.+", "");
        return (plain.isEmpty() ? "invitation" : plain) + ".ics";
    }

    // ---------------------------------------------------------------- events

    /** The meeting's VEVENTs: the meeting or series master, then one per moved occurrence. */
    private List<CalendarComponent> events(Meeting meeting, Zone zone, boolean attendees) {
        List<Occurrence> rows = occurrences.findByMeetingIdOrderByStartsAt(meeting.getId());
        String status = meeting.getState() == MeetingState.REQUESTED ? Status.VALUE_TENTATIVE
                : Status.VALUE_CONFIRMED;
        List<CalendarComponent> events = new ArrayList<>();
        if (!meeting.isRecurring()) {
            Occurrence single = rows.isEmpty() ? null : rows.get(0);
            if (single != null && single.isCancelled()) {
                return events;
            }
            VEvent event = master(meeting, zone, single == null ? meeting.getSequence() : sequence(meeting, single));
            if (single == null) {
                Instant start = meeting.getFirstStartLocal().atZone(zone.id()).toInstant();
                times(event, zone, start, start.plus(meeting.getDuration()));
            } else {
                times(event, zone, single.getStartsAt(), single.getEndsAt());
            }
            describe(event, meeting, single, status, attendees);
            events.add(event);
            return events;
        }
        VEvent master = master(meeting, zone, meeting.getSequence());
        Instant first = meeting.getFirstStartLocal().atZone(zone.id()).toInstant();
        times(master, zone, first, first.plus(meeting.getDuration()));
        master.add(new RRule<>(meeting.getRecurrence()));
        List<Temporal> excluded = rows.stream().filter(Occurrence::isCancelled)
                .map(o -> zone.at(o.getOriginalStart())).toList();
        if (!excluded.isEmpty()) {
            master.add(new ExDate<>(zone.parameters(), new DateList<>(excluded)));
        }
        describe(master, meeting, null, status, attendees);
        events.add(master);
        rows.stream().filter(o -> o.isModified() && !o.isCancelled())
                .sorted(Comparator.comparing(Occurrence::getOriginalStart))
                .forEach(moved -> {
                    VEvent event = master(meeting, zone, sequence(meeting, moved));
                    times(event, zone, moved.getStartsAt(), moved.getEndsAt());
                    event.add(new RecurrenceId<Temporal>(zone.parameters(), zone.at(moved.getOriginalStart())));
                    describe(event, meeting, moved, status, attendees);
                    events.add(event);
                });
        return events;
    }

    private VEvent master(Meeting meeting, Zone zone, int sequence) {
        VEvent event = new VEvent(false);
        event.add(new Uid(meeting.getUid()));
        stamp(event);
        event.add(new Sequence(sequence));
        return event;
    }

    private void stamp(VEvent event) {
        event.add(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    }

    private static void times(VEvent event, Zone zone, Instant start, Instant end) {
        event.add(new DtStart<Temporal>(zone.parameters(), zone.at(start)));
        event.add(new DtEnd<Temporal>(zone.parameters(), zone.at(end)));
    }

    /** Title, how to join (the occurrence's own bridge and PIN when it was moved), who, and the status. */
    private void describe(VEvent event, Meeting meeting, Occurrence occurrence, String status, boolean attendees) {
        event.add(new Summary(meeting.getTitle()));
        Joining joining = joining(meeting, occurrence);
        List<String> paragraphs = new ArrayList<>();
        if (meeting.getAgenda() != null && !meeting.getAgenda().isBlank()) {
            paragraphs.add(meeting.getAgenda().strip());
        }
        if (joining.how() != null) {
            paragraphs.add(joining.how());
        }
        if (!paragraphs.isEmpty()) {
            event.add(new Description(String.join("\n\n", paragraphs)));
        }
        if (joining.location() != null) {
            event.add(new Location(joining.location()));
        }
        if (joining.url() != null) {
            event.add(new Url(joining.url()));
        }
        people(event, meeting.getOrganiser(), attendees ? attendeesOf(meeting) : List.of());
        event.add(new Status(status));
    }

    private record Joining(String how, String location, URI url) {
    }

    private Joining joining(Meeting meeting, Occurrence occurrence) {
        switch (meeting.getMode()) {
            case VIDEO -> {
                String link = meeting.getExternalUrl() != null ? meeting.getExternalUrl()
                        : meeting.getVideoRoom() == null ? null : video.roomUrl(meeting.getVideoRoom());
                if (link == null) {
                    return new Joining(null, null, null);
                }
                String how = text("calendar.ics.join-video", link);
                if (meeting.getExternalUrl() == null && video.signsTokens()) {
                    how = how + "\n" + text("calendar.ics.join-signed");
                }
                return new Joining(how, link, uri(link));
            }
            case PHONE -> {
                Long bridgeId = occurrence != null && occurrence.getBridgeId() != null ? occurrence.getBridgeId()
                        : meeting.getBridge() == null ? null : meeting.getBridge().getId();
                String pin = occurrence != null && occurrence.getPin() != null ? occurrence.getPin() : meeting.getPin();
                Bridge bridge = bridgeId == null ? null : bridges.findById(bridgeId).orElse(null);
                if (bridge == null || pin == null) {
                    return new Joining(null, null, null);
                }
                return new Joining(text("calendar.ics.join-phone", bridge.getDialIn(), pin),
                        text("calendar.ics.location-phone", bridge.getDialIn(), pin), null);
            }
            case PHYSICAL -> {
                Long roomId = occurrence != null && occurrence.getRoomId() != null ? occurrence.getRoomId()
                        : meeting.getRoom() == null ? null : meeting.getRoom().getId();
                MeetingRoom room = roomId == null ? null : rooms.findById(roomId).orElse(null);
                if (room == null) {
                    return new Joining(null, null, null);
                }
                return new Joining(text("calendar.ics.join-room", room.getName()), room.getName(), null);
            }
            default -> throw new IllegalStateException(meeting.getMode().name());
        }
    }

    private static void people(VEvent event, Person organiser, Collection<Person> attendees) {
        Organizer organizer = new Organizer(address(organiser));
        organizer.add(new Cn(organiser.getFullName()));
        event.add(organizer);
        attendees.stream().sorted(Comparator.comparing(Person::getFullName, String.CASE_INSENSITIVE_ORDER))
                .forEach(person -> {
                    Attendee attendee = new Attendee(address(person));
                    attendee.add(new Cn(person.getFullName()));
                    attendee.add(CuType.INDIVIDUAL);
                    attendee.add(Role.REQ_PARTICIPANT);
                    attendee.add(PartStat.NEEDS_ACTION);
                    // Plateau reads no replies: calendars should not offer to send one.
                    attendee.add(Rsvp.FALSE);
                    event.add(attendee);
                });
    }

    /** {@code mailto:} when the e-mail is known, else a {@code urn:uuid:} that stays the same for this person. */
    static URI address(Person person) {
        String email = person.getEmail();
        if (email != null && !email.isBlank()) {
            try {
                return new URI("mailto", email.strip(), null);
            } catch (URISyntaxException unusable) {
                // Falls through to the person's stable identifier.
            }
        }
        UUID id = UUID.nameUUIDFromBytes(("plateau:person:" + person.getId()).getBytes(StandardCharsets.UTF_8));
        return URI.create("urn:uuid:" + id);
    }

    private static List<Person> attendeesOf(Meeting meeting) {
        return meeting.getAttendees().stream().map(app.plateau.meeting.Attendee::getPerson).toList();
    }

    private Occurrence single(Meeting meeting) {
        List<Occurrence> rows = occurrences.findByMeetingIdOrderByStartsAt(meeting.getId());
        return rows.isEmpty() ? null : rows.get(0);
    }

    static int sequence(Meeting meeting, Occurrence occurrence) {
        return meeting.getSequence() + occurrence.getSequence();
    }

    // ---------------------------------------------------------------- calendar and zone

    private static Calendar calendar(String method, List<Zone> zones, List<CalendarComponent> events,
            List<net.fortuna.ical4j.model.Property> extra) {
        Calendar calendar = new Calendar().withProdId(PRODUCT_ID).withDefaults()
                .withProperty(new Method(method)).getFluentTarget();
        extra.forEach(calendar::add);
        zones.stream().filter(zone -> zone.timeZone() != null)
                .forEach(zone -> calendar.add(zone.timeZone().getVTimeZone()));
        events.forEach(calendar::add);
        return calendar;
    }

    /** The calendar as text, long lines folded as RFC 5545 asks (ical4j's outputter does it, by characters). */
    private static String text(Calendar calendar) {
        StringWriter writer = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, writer);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return writer.toString();
    }

    private Zone zone(Meeting meeting) {
        return zone(meeting.getOrganiser().getSite().zoneId());
    }

    /**
     * The site's zone with ical4j's definition of it. A zone ical4j does not know (none of the IANA
     * names) is written in UTC instead: right on the day, though a series then follows UTC.
     */
    private Zone zone(ZoneId id) {
        TimeZone timeZone = registry.getTimeZone(id.getId());
        return timeZone == null ? new Zone(ZoneId.of("UTC"), null) : new Zone(id, timeZone);
    }

    /** Date-times in one zone, written with its TZID, or in UTC when ical4j has no definition for it. */
    private record Zone(ZoneId id, TimeZone timeZone) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Zone zone && id.equals(zone.id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }

        ParameterList parameters() {
            return timeZone == null ? new ParameterList() : new ParameterList(List.of(new TzId(id.getId())));
        }

        Temporal at(Instant instant) {
            return timeZone == null ? instant : instant.atZone(id);
        }
    }

    private static URI uri(String link) {
        try {
            return new URI(link);
        } catch (URISyntaxException notAUri) {
            return null;
        }
    }

    private static String text(String key, Object... arguments) {
        return Messages.get(Messages.FRENCH, key, arguments);
    }
}
