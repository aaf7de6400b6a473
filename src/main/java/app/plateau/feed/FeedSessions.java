package app.plateau.feed;

import app.plateau.occupancy.DeviceRevoked;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

/**
 * The open feed connections and the device of each, so that revoking a device also cuts what it
 * is already subscribed to, instead of letting it read on until it reconnects.
 */
@Component
class FeedSessions implements WebSocketHandlerDecoratorFactory {

    private static final Logger LOG = LoggerFactory.getLogger(FeedSessions.class);

    private final Map<String, WebSocketSession> open = new ConcurrentHashMap<>();
    private final Map<String, Long> deviceOf = new ConcurrentHashMap<>();

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                open.put(session.getId(), session);
                super.afterConnectionEstablished(session);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                open.remove(session.getId());
                deviceOf.remove(session.getId());
                super.afterConnectionClosed(session, status);
            }
        };
    }

    void bind(String sessionId, long deviceId) {
        if (sessionId != null) {
            deviceOf.put(sessionId, deviceId);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onRevoked(DeviceRevoked event) {
        deviceOf.forEach((sessionId, deviceId) -> {
            WebSocketSession session = open.get(sessionId);
            if (deviceId == event.deviceId() && session != null) {
                try {
                    session.close(CloseStatus.POLICY_VIOLATION.withReason("device revoked"));
                } catch (IOException | RuntimeException e) {
                    LOG.debug("Closing the feed connection of revoked device {} failed", deviceId, e);
                }
            }
        });
    }
}
