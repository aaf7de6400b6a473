package app.plateau.feed;

import app.plateau.base.DomainException;
import app.plateau.occupancy.DeviceIdentity;
import app.plateau.occupancy.DeviceKind;
import app.plateau.occupancy.DeviceService;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

/**
 * The feed's gate for STOMP frames ({@link FeedSessions} stops whatever comes before CONNECT, and
 * connections that never send one). A CONNECT must carry a device token ({@code Authorization: Bearer …} or
 * {@code device-token}); a device may then subscribe to its own site's topics and its badge
 * replies, and only a badge reader may send, to {@code /app/badge}. A refused frame is dropped
 * and answered with an ERROR frame, after which Spring closes the connection.
 * The HTTP session of the handshake, if any, is never used: a browser signed in to Plateau gains
 * nothing on the feed.
 */
@Component
class DeviceChannelInterceptor implements ChannelInterceptor {

    static final String AUTHORIZATION = "Authorization";
    static final String DEVICE_TOKEN = "device-token";
    private static final String BEARER = "bearer ";

    private final DeviceService devices;
    private final FeedSessions sessions;
    private final MessageChannel toDevices;

    DeviceChannelInterceptor(DeviceService devices, FeedSessions sessions,
            @Lazy @Qualifier("clientOutboundChannel") MessageChannel toDevices) {
        this.devices = devices;
        this.sessions = sessions;
        this.toDevices = toDevices;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null || accessor.getCommand() == null) {
            return message;
        }
        try {
            switch (accessor.getCommand()) {
                case CONNECT, STOMP -> {
                    DevicePrincipal device = connect(accessor);
                    if (!sessions.bind(accessor.getSessionId(), device.device().deviceId())) {
                        // Its connect timeout came first: the connection is already answered and closed.
                        return null;
                    }
                    accessor.setUser(device);
                }
                case SUBSCRIBE -> subscribe(principal(accessor), accessor.getDestination());
                case SEND -> send(principal(accessor), accessor.getDestination());
                default -> {
                    // UNSUBSCRIBE, DISCONNECT, ACK: nothing to guard.
                }
            }
        } catch (RuntimeException refused) {
            // Frames of a connection are handled in order, and on that path Spring only logs what an
            // interceptor throws: the device would wait for an answer that never comes. So the
            // ERROR frame (a translated refusal, or a generic error that is logged) is sent from here
            // and the frame dropped.
            toDevices.send(FeedErrorHandler.errorFrame(refused, accessor.getReceipt(), accessor.getSessionId()));
            return null;
        }
        return message;
    }

    private DevicePrincipal connect(StompHeaderAccessor accessor) {
        String token = token(accessor);
        if (token == null) {
            throw new DomainException("feed.error.token-missing");
        }
        return new DevicePrincipal(devices.authenticate(token), token);
    }

    private static String token(StompHeaderAccessor accessor) {
        String authorization = firstHeader(accessor, AUTHORIZATION);
        if (authorization == null) {
            authorization = firstHeader(accessor, AUTHORIZATION.toLowerCase(Locale.ROOT));
        }
        if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return authorization.substring(BEARER.length()).strip();
        }
        String token = firstHeader(accessor, DEVICE_TOKEN);
        return token == null || token.isBlank() ? null : token.strip();
    }

    private static String firstHeader(StompHeaderAccessor accessor, String name) {
        return accessor.getFirstNativeHeader(name);
    }

    private static DevicePrincipal principal(StompHeaderAccessor accessor) {
        if (accessor.getUser() instanceof DevicePrincipal device) {
            return device;
        }
        throw new DomainException("feed.error.not-connected");
    }

    private void subscribe(DevicePrincipal principal, String destination) {
        // The token again, so that a device revoked since it connected cannot open new subscriptions.
        DeviceIdentity device = devices.authenticate(principal.token());
        if (Topics.BADGE_REPLIES.equals(destination)) {
            return;
        }
        Long siteId = Topics.siteOf(destination);
        if (siteId == null || siteId != device.siteId()) {
            throw new DomainException("feed.error.subscription-refused", String.valueOf(destination));
        }
    }

    private static void send(DevicePrincipal principal, String destination) {
        if (principal.device().kind() != DeviceKind.BADGE_READER) {
            throw new DomainException("feed.error.send-refused", principal.device().name());
        }
        if (!Topics.BADGE.equals(destination)) {
            throw new DomainException("feed.error.destination-refused", String.valueOf(destination));
        }
    }
}
