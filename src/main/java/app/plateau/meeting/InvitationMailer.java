package app.plateau.meeting;

import app.plateau.base.Messages;
import app.plateau.organisation.Person;
import app.plateau.security.CurrentUser;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each meeting change to the calendars of the people concerned by e-mail, when SMTP is
 * configured ({@code spring.mail.host}). One message per person with an e-mail address: a short
 * French text, and the iCalendar both as the {@code text/calendar} alternative that Outlook and
 * Gmail turn into an invitation and as an {@code invite.ics} attachment for the others.
 *
 * <p>Mails leave after the change is committed, on the application's task executor, so a slow or
 * failing mail server never holds up or undoes a booking: a failure is logged, nothing more.
 */
@Component
class InvitationMailer {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationMailer.class);
    static final String ATTACHMENT = "invite.ics";

    /** One message to send, prepared inside the read transaction and sent after it. */
    record Letter(String email, String name, String subject, String body, String method, String ics) {
    }

    private final ObjectProvider<JavaMailSender> senders;
    private final TaskExecutor executor;
    private final TransactionTemplate readOnly;
    private final MeetingRepository meetings;
    private final OccurrenceRepository occurrences;
    private final IcsCalendars calendars;
    private final EntityManager entityManager;
    private final String from;

    InvitationMailer(ObjectProvider<JavaMailSender> senders,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor executor,
            PlatformTransactionManager transactions, MeetingRepository meetings, OccurrenceRepository occurrences,
            IcsCalendars calendars, EntityManager entityManager,
            @Value("${plateau.meeting.mail.from:plateau@localhost}") String from) {
        this.senders = senders;
        this.executor = executor;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.meetings = meetings;
        this.occurrences = occurrences;
        this.calendars = calendars;
        this.entityManager = entityManager;
        this.from = from;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onChange(MeetingChanged event) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    List<Letter> letters = CurrentUser.asSystem(() -> readOnly.execute(status -> letters(event)));
                    letters.forEach(letter -> send(sender, letter));
                } catch (RuntimeException failed) {
                    LOG.warn("Could not prepare the invitations of meeting {} ({})", event.meetingId(), event.kind(),
                            failed);
                }
            });
        } catch (TaskRejectedException shuttingDown) {
            // What an after-commit listener throws reaches the caller, whose change is saved all the same.
            LOG.warn("Invitations of meeting {} ({}) not sent: no thread to send them", event.meetingId(),
                    event.kind(), shuttingDown);
        }
    }

    /** The messages a change calls for, read as the meeting stands now. */
    List<Letter> letters(MeetingChanged event) {
        Meeting meeting = meetings.findById(event.meetingId()).orElse(null);
        if (meeting == null) {
            return List.of();
        }
        ZoneId zone = meeting.getOrganiser().getSite().zoneId();
        String title = meeting.getTitle();
        List<Letter> letters = new ArrayList<>();
        switch (event.kind()) {
            case BOOKED, UPDATED, APPROVED, OCCURRENCE_CHANGED -> {
                // A later change may have cancelled it meanwhile: its own mail says so.
                if (meeting.getState().isActive()) {
                    String ics = calendars.invitation(meeting);
                    LocalDateTime when = event.kind() == MeetingChanged.Kind.OCCURRENCE_CHANGED
                            ? occurrenceStart(event.occurrenceId(), zone) : meeting.getFirstStartLocal();
                    String subject = text(event.kind() == MeetingChanged.Kind.BOOKED
                            ? "calendar.mail.subject.request" : "calendar.mail.subject.update", title);
                    String body = event.kind() == MeetingChanged.Kind.BOOKED
                            ? text(meeting.isRecurring() ? "calendar.mail.body.series" : "calendar.mail.body.single",
                                    meeting.getOrganiser().getFullName(), title, when)
                            : text("calendar.mail.body.update", title, when);
                    for (Person person : people(event.personIds())) {
                        letters.add(letter(person, subject, body, "REQUEST", ics));
                    }
                }
                List<Person> uninvited = people(event.removedPersonIds());
                if (!uninvited.isEmpty()) {
                    String ics = calendars.cancellation(meeting, uninvited);
                    for (Person person : uninvited) {
                        letters.add(letter(person, text("calendar.mail.subject.cancel", title),
                                text("calendar.mail.body.uninvited", title), "CANCEL", ics));
                    }
                }
            }
            case OCCURRENCE_CANCELLED -> {
                Occurrence occurrence = event.occurrenceId() == null ? null
                        : occurrences.findById(event.occurrenceId()).orElse(null);
                if (occurrence != null) {
                    String ics = calendars.occurrenceCancellation(meeting, occurrence);
                    String body = text(meeting.isRecurring() ? "calendar.mail.body.occurrence-cancelled"
                            : "calendar.mail.body.cancelled", title,
                            LocalDateTime.ofInstant(occurrence.getStartsAt(), zone));
                    for (Person person : people(event.personIds())) {
                        letters.add(letter(person, text("calendar.mail.subject.cancel", title), body, "CANCEL",
                                ics));
                    }
                }
            }
            case CANCELLED, DENIED -> {
                Set<Long> concerned = new LinkedHashSet<>(event.personIds());
                concerned.addAll(event.removedPersonIds());
                String ics = calendars.cancellation(meeting);
                String body = text(event.kind() == MeetingChanged.Kind.DENIED ? "calendar.mail.body.denied"
                        : "calendar.mail.body.cancelled", title, meeting.getFirstStartLocal());
                for (Person person : people(concerned)) {
                    letters.add(letter(person, text("calendar.mail.subject.cancel", title), body, "CANCEL", ics));
                }
            }
            default -> throw new IllegalStateException(event.kind().name());
        }
        return letters;
    }

    private LocalDateTime occurrenceStart(Long occurrenceId, ZoneId zone) {
        Instant start = occurrenceId == null ? null
                : occurrences.findById(occurrenceId).map(Occurrence::getStartsAt).orElse(null);
        return start == null ? null : LocalDateTime.ofInstant(start, zone);
    }

    /** The people among these ids that have an e-mail address: the others are reached in Plateau only. */
    private List<Person> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select p from Person p where p.id in :ids and p.email is not null"
                        + " order by p.id", Person.class)
                .setParameter("ids", ids).getResultList().stream()
                .filter(p -> !p.getEmail().isBlank()).toList();
    }

    private static Letter letter(Person person, String subject, String body, String method, String ics) {
        String greeting = text("calendar.mail.greeting", person.getFullName());
        String closing = text("REQUEST".equals(method) ? "calendar.mail.closing.request"
                : "calendar.mail.closing.cancel");
        return new Letter(person.getEmail(), person.getFullName(), subject,
                greeting + "\n\n" + body + "\n\n" + closing + "\n", method, ics);
    }

    private void send(JavaMailSender sender, Letter letter) {
        try {
            MimeMessage message = sender.createMimeMessage();
            compose(message, letter);
            sender.send(message);
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException failed) {
            LOG.warn("Could not send the {} of \"{}\" to {}", letter.method(), letter.subject(), letter.email(),
                    failed);
        }
    }

    /**
     * multipart/mixed: a multipart/alternative of the text and the {@code text/calendar; method=…}
     * part, then the same calendar as the {@code invite.ics} attachment, the shape Outlook and
     * Gmail send and recognise.
     */
    void compose(MimeMessage message, Letter letter) throws MessagingException, UnsupportedEncodingException {
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.email(), letter.name(),
                StandardCharsets.UTF_8.name()));
        message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
        message.setHeader("Content-Class", "urn:content-classes:calendarmessage");

        MimeBodyPart text = new MimeBodyPart();
        text.setText(letter.body(), StandardCharsets.UTF_8.name());
        byte[] ics = letter.ics().getBytes(StandardCharsets.UTF_8);
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(ics,
                "text/calendar; method=" + letter.method() + "; charset=UTF-8")));
        MimeBodyPart alternatives = new MimeBodyPart();
        alternatives.setContent(new MimeMultipart("alternative", text, calendar));

        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(ics,
                "application/ics; name=" + ATTACHMENT)));
        attachment.setFileName(ATTACHMENT);
        attachment.setDisposition(Part.ATTACHMENT);

        message.setContent(new MimeMultipart("mixed", alternatives, attachment));
        message.saveChanges();
    }

    private static String text(String key, Object... arguments) {
        return Messages.get(Messages.FRENCH, key, arguments);
    }
}
