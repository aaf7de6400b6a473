package app.plateau.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.SignedInServiceTest;
import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import app.plateau.security.Role;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Invitations by e-mail, received by a real (in-process) SMTP server as Outlook's or Gmail's would. */
class InvitationMailerTest extends SignedInServiceTest {

    /** One server for the class: the application context keeps the port it was started with. */
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);
    static final long WAIT_MILLIS = 20_000;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> SMTP.getSmtp().getBindTo());
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    MeetingService meetings;
    @Autowired
    OccurrenceRepository occurrences;
    @Autowired
    PersonService people;

    LocalDate monday;
    Person second;
    Person unreachable;
    String lead;
    String agent;
    String secondEmail;

    /** What one received message holds, part by part. */
    record Received(String to, String subject, String text, String calendarType, String ics, String attachmentName,
            String attachmentDisposition, String attachmentIcs) {

        Calendar calendar() {
            return Ics.parse(ics);
        }

        VEvent event() {
            return Ics.events(calendar()).get(0);
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        monday = LocalDate.now(testSite.site().zoneId()).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String token = Fixtures.unique("m").toLowerCase();
        lead = "lead." + token + "@example.ma";
        agent = "agent." + token + "@example.ma";
        secondEmail = "salma." + token + "@example.ma";
        email(testSite.lead(), lead);
        email(testSite.agent(), agent);
        second = fixtures.person(testSite.site(), Fixtures.unique("p"), "Salma Second", testSite.team(),
                testSite.floor1());
        email(second, secondEmail);
        unreachable = fixtures.person(testSite.site(), Fixtures.unique("p"), "Omar Sans Courriel", testSite.team(),
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

    MeetingDraft briefing(Long... personIds) {
        return new MeetingDraft("Briefing", null, monday.atTime(8, 45), monday.atTime(9, 0), MeetingMode.VIDEO,
                null, Set.of(personIds), Set.of(), Recurrence.NONE, null, null, null, true);
    }

    /** Waits for this many messages (a wait on a condition, never a sleep), then reads them by recipient. */
    Map<String, Received> received(int count) throws Exception {
        assertThat(SMTP.waitForIncomingEmail(WAIT_MILLIS, count)).as("%d messages arrive", count).isTrue();
        MimeMessage[] messages = SMTP.getReceivedMessages();
        assertThat(messages).hasSize(count);
        return Arrays.stream(messages).map(InvitationMailerTest::read)
                .collect(Collectors.toMap(Received::to, Function.identity()));
    }

    void forget() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    static Received read(MimeMessage message) {
        try {
            assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("plateau@localhost");
            String to = ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
            assertThat(message.getContentType()).startsWith("multipart/mixed");
            MimeMultipart mixed = (MimeMultipart) message.getContent();
            BodyPart first = mixed.getBodyPart(0);
            assertThat(first.getContentType()).startsWith("multipart/alternative");
            MimeMultipart alternatives = (MimeMultipart) first.getContent();
            BodyPart text = alternatives.getBodyPart(0);
            assertThat(text.getContentType()).startsWith("text/plain");
            BodyPart calendar = alternatives.getBodyPart(1);
            BodyPart attachment = mixed.getBodyPart(1);
            return new Received(to, message.getSubject(), (String) text.getContent(), calendar.getContentType(),
                    utf8(calendar), attachment.getFileName(), attachment.getDisposition(), utf8(attachment));
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    static String utf8(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void booking_sends_everyone_with_an_email_an_invitation_their_calendar_reads() throws Exception {
        MeetingDetails booked = meetings.book(briefing(testSite.agent().getId(), unreachable.getId()));

        // The organiser and the agent; the colleague without an e-mail is reached in Plateau only.
        Map<String, Received> mail = received(2);
        assertThat(mail).containsOnlyKeys(lead, agent);
        Received invitation = mail.get(agent);
        assertThat(invitation.subject()).isEqualTo("Invitation : Briefing");
        assertThat(invitation.text()).startsWith("Bonjour " + testSite.agent().getFullName() + ",")
                .contains(testSite.lead().getFullName() + " vous invite à « Briefing »");
        assertThat(invitation.calendarType()).startsWith("text/calendar").contains("method=REQUEST")
                .containsIgnoringCase("charset=UTF-8");
        Calendar calendar = invitation.calendar();
        assertThat(Ics.method(calendar)).isEqualTo("REQUEST");
        assertThat(Ics.problems(calendar)).isEmpty();
        VEvent event = invitation.event();
        assertThat(Ics.value(event, Property.UID)).isEqualTo(booked.uid());
        assertThat(Ics.value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(Ics.local(event, Property.DTSTART)).isEqualTo(monday.atTime(8, 45));
        assertThat(Ics.all(event, Property.ATTENDEE)).extracting(Property::getValue)
                .contains("mailto:" + agent);
        assertThat(invitation.attachmentName()).isEqualTo("invite.ics");
        assertThat(invitation.attachmentDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
        assertThat(invitation.attachmentIcs()).isEqualTo(invitation.ics());
    }

    @Test
    void cancelling_the_meeting_sends_a_cancellation_with_a_higher_sequence() throws Exception {
        MeetingDetails booked = meetings.book(briefing(testSite.agent().getId()));
        received(2);
        forget();

        meetings.cancel(booked.id());

        Map<String, Received> mail = received(2);
        assertThat(mail).containsOnlyKeys(lead, agent);
        Received cancellation = mail.get(agent);
        assertThat(cancellation.subject()).isEqualTo("Annulation : Briefing");
        assertThat(cancellation.calendarType()).contains("method=CANCEL");
        assertThat(Ics.method(cancellation.calendar())).isEqualTo("CANCEL");
        assertThat(Ics.value(cancellation.event(), Property.UID)).isEqualTo(booked.uid());
        assertThat(Ics.value(cancellation.event(), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Ics.value(cancellation.event(), Property.SEQUENCE)).isEqualTo("1");
    }

    @Test
    void an_attendee_taken_off_gets_a_cancellation_and_the_others_the_update() throws Exception {
        MeetingDetails booked = meetings.book(briefing(testSite.agent().getId(), second.getId()));
        received(3);
        forget();

        meetings.update(booked.id(), briefing(second.getId()));

        Map<String, Received> mail = received(3);
        assertThat(mail).containsOnlyKeys(lead, agent, secondEmail);
        Received removed = mail.get(agent);
        assertThat(removed.calendarType()).contains("method=CANCEL");
        assertThat(removed.text()).contains("Vous ne participez plus à la réunion « Briefing »");
        assertThat(Ics.all(removed.event(), Property.ATTENDEE)).extracting(Property::getValue)
                .containsExactly("mailto:" + agent);
        assertThat(Ics.value(removed.event(), Property.SEQUENCE)).isEqualTo("1");
        Received update = mail.get(secondEmail);
        assertThat(update.subject()).isEqualTo("Mise à jour : Briefing");
        assertThat(update.calendarType()).contains("method=REQUEST");
        assertThat(Ics.value(update.event(), Property.SEQUENCE)).isEqualTo("1");
        assertThat(Ics.all(update.event(), Property.ATTENDEE)).extracting(Property::getValue)
                .containsExactly("mailto:" + secondEmail);
    }

    @Test
    void cancelling_one_day_of_a_series_cancels_that_day_only() throws Exception {
        MeetingDetails booked = meetings.book(briefing(testSite.agent().getId())
                .withRecurrence(Recurrence.weekdays(monday.plusDays(4))));
        received(2);
        forget();
        List<Occurrence> rows = occurrences.findByMeetingIdOrderByStartsAt(booked.id());

        meetings.cancelOccurrence(rows.get(1).getId());

        Received cancellation = received(2).get(agent);
        assertThat(cancellation.calendarType()).contains("method=CANCEL");
        assertThat(cancellation.text()).contains("les autres dates de la série restent prévues");
        VEvent event = cancellation.event();
        assertThat(Ics.value(event, Property.UID)).isEqualTo(booked.uid());
        assertThat(Ics.local(event, Property.RECURRENCE_ID)).isEqualTo(monday.plusDays(1).atTime(8, 45));
        assertThat(Ics.value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Ics.value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(event.getProperty(Property.RRULE)).isEmpty();
    }
}
