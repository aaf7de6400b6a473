package app.plateau.feed;

import app.plateau.base.DomainException;
import app.plateau.occupancy.DeviceRevoked;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.simp.stomp.StompEncoder;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

/**
 * The open feed connections, and the door each one must pass. Until its CONNECT frame a connection
 * may send nothing else: any other frame is answered {@code feed.error.not-connected} and ends it
 * (Spring's STOMP handler would only log it and answer a bare server error). A connection without a
 * successful CONNECT within {@code plateau.feed.connect-timeout} is closed, so idle sockets cannot
 * pile up. Once connected, the device of each connection is known, so that revoking a device also
 * cuts what it is already subscribed to, instead of letting it read on until it reconnects.
 */
@Component
class FeedSessions implements WebSocketHandlerDecoratorFactory {

    private static final Logger LOG = LoggerFactory.getLogger(FeedSessions.class);
    private static final StompEncoder ENCODER = new StompEncoder();

    /** Where a connection stands: the timeout and a refusal close only a waiting one, and only once. */
    private enum State { WAITING, CONNECTED, CLOSED }

    /** One feed connection. */
    private static final class Connection {

        final WebSocketSession session;
        final AtomicReference<State> state = new AtomicReference<>(State.WAITING);
        /** Set on the connection's reading thread when its CONNECT frame arrives, before the frame is handled. */
        volatile boolean connectSent;
        volatile Long deviceId;
        volatile ScheduledFuture<?> deadline;

        Connection(WebSocketSession session) {
            this.session = session;
        }
    }

    private final Map<String, Connection> open = new ConcurrentHashMap<>();
    private final TaskScheduler scheduler;
    private final Duration connectTimeout;

    FeedSessions(@Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler scheduler,
            @Value("${plateau.feed.connect-timeout:PT10S}") Duration connectTimeout) {
        this.scheduler = scheduler;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                Connection connection = new Connection(session);
                open.put(session.getId(), connection);
                connection.deadline = scheduler.schedule(() -> timeOut(connection),
                        scheduler.getClock().instant().plus(connectTimeout));
                super.afterConnectionEstablished(session);
            }

            @Override
            public void handleMessage(WebSocketSession session, WebSocketMessage<?> message) throws Exception {
                Connection connection = open.get(session.getId());
                if (connection != null && !connection.connectSent && !admit(connection, message)) {
                    return;
                }
                super.handleMessage(session, message);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                Connection connection = open.remove(session.getId());
                if (connection != null) {
                    connection.state.set(State.CLOSED);
                    connection.deadline.cancel(false);
                }
                super.afterConnectionClosed(session, status);
            }
        };
    }

    /**
     * Whether a message of a connection that has not sent CONNECT yet may go on to the STOMP
     * handler: only its CONNECT (or STOMP) frame may. Line ends alone are let through silently
     * (STOMP allows them between frames; heart-beats start only once CONNECT has agreed on them),
     * though they do not keep the connection from timing out.
     */
    private boolean admit(Connection connection, WebSocketMessage<?> message) {
        String command = firstLine(message);
        if (command == null) {
            return true;
        }
        if (command.isEmpty()) {
            return false;
        }
        if (command.equals("CONNECT") || command.equals("STOMP")) {
            connection.connectSent = true;
            return true;
        }
        refuse(connection, new DomainException("feed.error.not-connected"));
        return false;
    }

    /** The STOMP command a text or binary message starts with; empty for line ends only, null for anything else. */
    private static String firstLine(WebSocketMessage<?> message) {
        String text;
        if (message instanceof TextMessage textMessage) {
            text = textMessage.getPayload();
        } else if (message instanceof BinaryMessage binary) {
            ByteBuffer payload = binary.getPayload().asReadOnlyBuffer();
            byte[] bytes = new byte[payload.remaining()];
            payload.get(bytes);
            text = new String(bytes, StandardCharsets.UTF_8);
        } else {
            return null;
        }
        String frames = text.stripLeading();
        int end = frames.indexOf('\n');
        return (end < 0 ? frames : frames.substring(0, end)).strip();
    }

    private void timeOut(Connection connection) {
        refuse(connection, new DomainException("feed.error.connect-timeout", connectTimeout.toSeconds()));
    }

    /** Answers a waiting connection with an ERROR frame and closes it (1002, as Spring closes after an ERROR). */
    private static void refuse(Connection connection, DomainException reason) {
        if (!connection.state.compareAndSet(State.WAITING, State.CLOSED)) {
            return;
        }
        WebSocketSession session = connection.session;
        try {
            session.sendMessage(new TextMessage(ENCODER.encode(FeedErrorHandler.errorFrame(reason, null, null))));
        } catch (IOException | RuntimeException e) {
            LOG.debug("The ERROR frame to feed connection {} was not sent", session.getId(), e);
        }
        try {
            session.close(CloseStatus.PROTOCOL_ERROR);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing feed connection {} failed", session.getId(), e);
        }
    }

    /**
     * Records a successful CONNECT. False when the connection has already been closed (its timeout
     * came first): the CONNECT is then dropped.
     */
    boolean bind(String sessionId, long deviceId) {
        Connection connection = sessionId == null ? null : open.get(sessionId);
        if (connection == null || !connection.state.compareAndSet(State.WAITING, State.CONNECTED)) {
            return false;
        }
        connection.deviceId = deviceId;
        connection.deadline.cancel(false);
        return true;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onRevoked(DeviceRevoked event) {
        open.values().forEach(connection -> {
            Long deviceId = connection.deviceId;
            if (deviceId != null && deviceId == event.deviceId()) {
                try {
                    connection.session.close(CloseStatus.POLICY_VIOLATION.withReason("device revoked"));
                } catch (IOException | RuntimeException e) {
                    LOG.debug("Closing the feed connection of revoked device {} failed", deviceId, e);
                }
            }
        });
    }
}
