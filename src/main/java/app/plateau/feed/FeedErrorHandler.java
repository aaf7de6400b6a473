package app.plateau.feed;

import app.plateau.base.DomainException;
import app.plateau.base.Messages;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.util.MimeType;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * Turns a refused frame into an ERROR frame a technician can read: the French text in the
 * {@code message} header and the body, the message key in {@code code} for programs. Spring
 * closes the connection after it.
 */
class FeedErrorHandler extends StompSubProtocolErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FeedErrorHandler.class);
    private static final MimeType TEXT = new MimeType("text", "plain", StandardCharsets.UTF_8);

    @Override
    public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable ex) {
        StompHeaderAccessor client = clientMessage == null ? null
                : MessageHeaderAccessor.getAccessor(clientMessage, StompHeaderAccessor.class);
        return errorFrame(ex, client == null ? null : client.getReceipt(), null);
    }

    /** An ERROR frame for a failure; with a session id, it can be sent to that connection on the outbound channel. */
    static Message<byte[]> errorFrame(Throwable ex, String receipt, String sessionId) {
        DomainException refusal = refusal(ex);
        String code;
        String text;
        if (refusal != null) {
            code = refusal.getMessageKey();
            text = Messages.get(Messages.FRENCH, refusal);
        } else {
            LOG.warn("Feed frame failed", ex);
            code = "error.unexpected";
            text = Messages.get(Messages.FRENCH, code);
        }
        StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setMessage(text);
        error.setNativeHeader("code", code);
        error.setContentType(TEXT);
        if (receipt != null) {
            error.setReceiptId(receipt);
        }
        if (sessionId != null) {
            error.setSessionId(sessionId);
        }
        return MessageBuilder.createMessage(text.getBytes(StandardCharsets.UTF_8), error.getMessageHeaders());
    }

    private static DomainException refusal(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }
}
