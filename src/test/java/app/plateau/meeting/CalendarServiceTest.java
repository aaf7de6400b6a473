package app.plateau.meeting;

import static app.plateau.meeting.Ics.all;
import static app.plateau.meeting.Ics.events;
import static app.plateau.meeting.Ics.local;
import static app.plateau.meeting.Ics.method;
import static app.plateau.meeting.Ics.parameter;
import static app.plateau.meeting.Ics.property;
import static app.plateau.meeting.Ics.value;
import static app.plateau.meeting.Ics.zoned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.Signing;
import app.plateau.base.NotFoundException;
import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import app.plateau.security.AccountService;
import app.plateau.security.AccountService.AccountDraft;
import app.plateau.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ExDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.AuthenticationException;

@Tag("mariadb")
class CalendarServiceTest extends SignedInServiceTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    @Autowired
    MeetingService meetings;
    @Autowired
    CalendarService calendars;
    @Autowired
    BridgeRepository bridges;
    @Autowired
    MeetingRoomRepository rooms;
    @Autowired
    OccurrenceRepository occurrences;
    @Autowired
    PersonService people;
    @Autowired
    AccountService accounts;

    LocalDate monday;
    Person noEmail;

    @BeforeEach
    void setUp() {
        monday = LocalDate.now(CASABLANCA).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        email(testSite.lead(), "nadia.lead@example.ma");
        email(testSite.agent(), "youssef.agent@example.ma");
        noEmail = fixtures.person(testSite.site(), Fixtures.unique("p"), "Salma Sans Courriel", testSite.team(),
                testSite.floor1());
        signIn(testSite.username(Role.TEAM_LEAD));
    }

    void email(Person person, String address) {
        Fixtures.asSystem(() -> {
            Person loaded = people.get(person.getId());
            loaded.setEmail(address);
            return people.save(loaded);
        });
    }

    MeetingDraft briefing(LocalDate day, Long... personIds) {
        return new MeetingDraft("Briefing", "Chiffres de la veille", day.atTime(8, 45), day.atTime(9, 0),
                MeetingMode.VIDEO, null, Set.of(personIds), Set.of(), Recurrence.NONE, null, null, null, true);
    }

    /** The file as a calendar program reads it; it must pass ical4j's own checks (RFC 5545 and 5546). */
    Calendar invitation(long meetingId) {
        byte[] bytes = calendars.invitation(meetingId);
        // Long lines folded, as RFC 5545 asks (ical4j counts characters, so a multi-byte one is never cut).
        assertThat(new String(bytes, StandardCharsets.UTF_8).split("\r\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
        Calendar calendar = Ics.parse(bytes);
        assertThat(Ics.problems(calendar)).isEmpty();
        return calendar;
    }

    @Test
    void a_video_meeting_becomes_an_invitation_in_the_site_time_zone_with_its_people_and_its_link() {
        MeetingDetails booked = meetings.book(briefing(monday, testSite.agent().getId(), noEmail.getId()));

        Calendar calendar = invitation(booked.id());

        assertThat(method(calendar)).isEqualTo("REQUEST");
        List<CalendarComponent> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).extracting(zone -> value(zone, Property.TZID)).containsExactly("Africa/Casablanca");
        VEvent event = events(calendar).get(0);
        assertThat(events(calendar)).hasSize(1);
        assertThat(value(event, Property.UID)).isEqualTo(booked.uid());
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.DTSTAMP)).endsWith("Z");
        assertThat(parameter(property(event, Property.DTSTART), "TZID")).isEqualTo("Africa/Casablanca");
        assertThat(local(event, Property.DTSTART)).isEqualTo(monday.atTime(8, 45));
        assertThat(zoned(event, Property.DTSTART).toInstant()).isEqualTo(monday.atTime(8, 45).atZone(CASABLANCA)
                .toInstant());
        assertThat(parameter(property(event, Property.DTEND), "TZID")).isEqualTo("Africa/Casablanca");
        assertThat(local(event, Property.DTEND)).isEqualTo(monday.atTime(9, 0));
        assertThat(event.getProperty(Property.RRULE)).isEmpty();
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Briefing");
        assertThat(value(event, Property.LOCATION)).isEqualTo(booked.videoRoomUrl());
        assertThat(value(event, Property.URL)).isEqualTo(booked.videoRoomUrl());
        assertThat(value(event, Property.DESCRIPTION)).startsWith("Chiffres de la veille")
                .contains("Pour rejoindre la visioconférence : " + booked.videoRoomUrl());
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");

        Property organiser = property(event, Property.ORGANIZER);
        assertThat(organiser.getValue()).isEqualTo("mailto:nadia.lead@example.ma");
        assertThat(parameter(organiser, "CN")).isEqualTo(testSite.lead().getFullName());
        List<Property> attendees = all(event, Property.ATTENDEE);
        assertThat(attendees).extracting(a -> parameter(a, "CN"))
                .containsExactlyInAnyOrder(testSite.agent().getFullName(), "Salma Sans Courriel");
        Property agent = attendees.stream().filter(a -> parameter(a, "CN").equals(testSite.agent().getFullName()))
                .findFirst().orElseThrow();
        assertThat(agent.getValue()).isEqualTo("mailto:youssef.agent@example.ma");
        assertThat(parameter(agent, "PARTSTAT")).isEqualTo("NEEDS-ACTION");
        assertThat(parameter(agent, "RSVP")).isEqualTo("FALSE");
        // Without an e-mail, a person is still listed, under an address of their own that never changes.
        Property unreachable = attendees.stream().filter(a -> parameter(a, "CN").equals("Salma Sans Courriel"))
                .findFirst().orElseThrow();
        assertThat(unreachable.getValue()).startsWith("urn:uuid:")
                .isEqualTo(IcsCalendars.address(noEmail).toString());
    }

    @Test
    void an_update_raises_the_sequence_and_keeps_the_uid() {
        MeetingDetails booked = meetings.book(briefing(monday, testSite.agent().getId()));

        MeetingDetails updated = meetings.update(booked.id(), new MeetingDraft("Briefing du lundi", null,
                monday.atTime(9, 0), monday.atTime(9, 20), MeetingMode.VIDEO, null,
                Set.of(testSite.agent().getId()), Set.of(), Recurrence.NONE, null, null, null, true));

        VEvent event = events(invitation(updated.id())).get(0);
        assertThat(value(event, Property.UID)).isEqualTo(booked.uid());
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Briefing du lundi");
        assertThat(local(event, Property.DTSTART)).isEqualTo(monday.atTime(9, 0));
        assertThat(local(event, Property.DTEND)).isEqualTo(monday.atTime(9, 20));
    }

    @Test
    void a_weekday_series_carries_its_rule_its_cancelled_days_and_its_moved_ones() {
        LocalDate lastDay = monday.plusDays(11);
        MeetingDetails booked = meetings.book(briefing(monday, testSite.agent().getId())
                .withRecurrence(Recurrence.weekdays(lastDay)));
        List<Occurrence> rows = occurrences.findByMeetingIdOrderByStartsAt(booked.id());
        Occurrence tuesday = rows.get(1);
        Occurrence wednesday = rows.get(2);

        meetings.cancelOccurrence(tuesday.getId());
        meetings.moveOccurrence(wednesday.getId(), monday.plusDays(2).atTime(10, 0),
                monday.plusDays(2).atTime(10, 15), true);

        Calendar calendar = invitation(booked.id());
        List<VEvent> events = events(calendar);
        assertThat(events).hasSize(2);
        VEvent series = events.get(0);
        String until = lastDay.plusDays(1).atStartOfDay(CASABLANCA).minusSeconds(1).withZoneSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        assertThat(value(series, Property.RRULE)).isEqualTo("FREQ=WEEKLY;UNTIL=" + until + ";BYDAY=MO,TU,WE,TH,FR");
        assertThat(local(series, Property.DTSTART)).isEqualTo(monday.atTime(8, 45));
        assertThat(value(series, Property.SEQUENCE)).isEqualTo("0");
        ExDate<?> excluded = (ExDate<?>) property(series, Property.EXDATE);
        assertThat(parameter(excluded, "TZID")).isEqualTo("Africa/Casablanca");
        assertThat(excluded.getDates()).singleElement().satisfies(date -> assertThat(
                ((java.time.ZonedDateTime) date).toLocalDateTime()).isEqualTo(monday.plusDays(1).atTime(8, 45)));

        VEvent moved = events.get(1);
        assertThat(value(moved, Property.UID)).isEqualTo(booked.uid());
        assertThat(parameter(property(moved, Property.RECURRENCE_ID), "TZID")).isEqualTo("Africa/Casablanca");
        assertThat(local(moved, Property.RECURRENCE_ID)).isEqualTo(monday.plusDays(2).atTime(8, 45));
        assertThat(local(moved, Property.DTSTART)).isEqualTo(monday.plusDays(2).atTime(10, 0));
        assertThat(local(moved, Property.DTEND)).isEqualTo(monday.plusDays(2).atTime(10, 15));
        assertThat(value(moved, Property.SEQUENCE)).isEqualTo("1");
        assertThat(moved.getProperty(Property.RRULE)).isEmpty();
    }

    @Test
    void a_phone_meeting_is_located_at_its_dial_in_number_with_its_pin() {
        bridges.save(new Bridge(testSite.site().getId(), "Pont A", "+212 5 22 00 00 01", 10));
        MeetingDetails booked = meetings.book(briefing(monday, testSite.agent().getId()).withMode(MeetingMode.PHONE)
                .withPin("4321"));

        VEvent event = events(invitation(booked.id())).get(0);

        assertThat(value(event, Property.LOCATION)).isEqualTo("+212 5 22 00 00 01, PIN 4321");
        assertThat(value(event, Property.DESCRIPTION)).contains("appelez le +212 5 22 00 00 01 puis saisissez le code"
                + " PIN 4321");
        assertThat(event.getProperty(Property.URL)).isEmpty();
    }

    @Test
    void a_physical_meeting_awaiting_approval_is_tentative_in_its_room() {
        MeetingRoom room = rooms.save(new MeetingRoom(testSite.site().getId(), "Salle Atlas", 10));
        MeetingDetails booked = meetings.book(briefing(monday, testSite.agent().getId())
                .inRoom(room.getId(), "Formation sur poste"));

        VEvent event = events(invitation(booked.id())).get(0);

        assertThat(value(event, Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Salle Atlas");
    }

    @Test
    void a_cancelled_meeting_gives_its_cancellation_with_a_higher_sequence() {
        MeetingDetails booked = meetings.book(briefing(monday, testSite.agent().getId()));

        meetings.cancel(booked.id());

        Calendar calendar = invitation(booked.id());
        assertThat(method(calendar)).isEqualTo("CANCEL");
        VEvent event = events(calendar).get(0);
        assertThat(value(event, Property.UID)).isEqualTo(booked.uid());
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(all(event, Property.ATTENDEE)).extracting(Property::getValue)
                .containsExactly("mailto:youssef.agent@example.ma");
    }

    @Test
    void the_file_is_named_after_the_meeting_and_only_who_may_read_the_meeting_gets_it() {
        MeetingDetails booked = meetings.book(briefing(monday, testSite.agent().getId()));
        assertThat(calendars.fileName(booked.id())).isEqualTo("Briefing.ics");
        assertThat(IcsCalendars.fileName("Point 1/2 : « qualité »?")).isEqualTo("Point 1 2 « qualité ».ics");
        assertThat(IcsCalendars.fileName("../")).isEqualTo("invitation.ics");

        signIn(testSite.username(Role.AGENT));
        assertThat(events(invitation(booked.id()))).hasSize(1);

        Person colleague = fixtures.person(testSite.site(), Fixtures.unique("p"), "Karim Pas Invité",
                testSite.team(), testSite.floor1());
        String colleagueLogin = Fixtures.unique("agent-").toLowerCase();
        Fixtures.asSystem(() -> accounts.create(new AccountDraft(colleagueLogin, colleague.getFullName(),
                testSite.site().getId(), colleague.getId(), EnumSet.of(Role.AGENT)), Fixtures.PASSWORD));
        signIn(colleagueLogin);
        assertThatThrownBy(() -> calendars.invitation(booked.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> calendars.fileName(booked.id())).isInstanceOf(NotFoundException.class);

        TestSite other = fixtures.site();
        signIn(other.username(Role.SITE_MANAGER));
        assertThatThrownBy(() -> calendars.invitation(booked.id())).isInstanceOf(NotFoundException.class);

        Signing.signOut();
        assertThatThrownBy(() -> calendars.invitation(booked.id())).isInstanceOf(AuthenticationException.class);
    }
}
