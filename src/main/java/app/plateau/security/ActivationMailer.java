package app.plateau.security;

import app.plateau.base.Messages;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends activation links by e-mail once the links are committed, on the application's task executor,
 * so a slow mail server never holds up the administrator's page. The links travel in memory only:
 * they are never logged, nor published as events that a registry could store.
 */
@Component
class ActivationMailer {

    private static final Logger LOG = LoggerFactory.getLogger(ActivationMailer.class);

    /** One message: who gets it, and the link in it. */
    record Letter(String email, String name, String username, String link, long validHours) {

        @Override
        public String toString() {
            // The link is a password in all but name: it stays out of any log line.
            return "Letter[" + username + "]";
        }
    }

    private final ObjectProvider<JavaMailSender> senders;
    private final TaskExecutor executor;
    private final String from;
    private final String publicUrl;

    ActivationMailer(ObjectProvider<JavaMailSender> senders,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor executor,
            @Value("${plateau.mail.from:${plateau.meeting.mail.from:plateau@localhost}}") String from,
            @Value("${plateau.public-url:}") String publicUrl) {
        this.senders = senders;
        this.executor = executor;
        this.from = from;
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
    }

    /** Links can be sent: a mail server is configured, and the address people reach Plateau at. */
    boolean isReady() {
        return senders.getIfAvailable() != null && !publicUrl.isEmpty();
    }

    /** The address of the page that takes this token. */
    String link(String token) {
        return publicUrl + "/activate/" + token;
    }

    /** Sends the letters after the current transaction commits; none if it rolls back. */
    void sendAfterCommit(List<Letter> letters) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null || letters.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    executor.execute(() -> letters.forEach(letter -> send(sender, letter)));
                } catch (TaskRejectedException shuttingDown) {
                    LOG.warn("{} activation links not sent: no thread to send them", letters.size());
                }
            }
        });
    }

    private void send(JavaMailSender sender, Letter letter) {
        try {
            MimeMessage message = sender.createMimeMessage();
            message.setFrom(new InternetAddress(from));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(letter.email(), letter.name(),
                    StandardCharsets.UTF_8.name()));
            message.setSubject(text("activation.mail.subject"), StandardCharsets.UTF_8.name());
            message.setText(text("activation.mail.body", letter.name(), letter.username(), letter.link(),
                    letter.validHours()), StandardCharsets.UTF_8.name());
            sender.send(message);
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException failed) {
            LOG.warn("Could not send the activation link of {}: {}", letter.username(), failed.toString());
        }
    }

    private static String text(String key, Object... arguments) {
        return Messages.get(Messages.FRENCH, key, arguments);
    }
}
