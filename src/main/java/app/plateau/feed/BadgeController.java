package app.plateau.feed;

import app.plateau.base.DomainException;
import app.plateau.base.Messages;
import app.plateau.feed.FeedMessages.BadgeMessage;
import app.plateau.feed.FeedMessages.BadgeReply;
import app.plateau.occupancy.BadgeResult;
import app.plateau.occupancy.PresenceService;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.handler.annotation.support.MethodArgumentNotValidException;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;

/**
 * Badges sent by readers to {@code /app/badge}. The answer, or the refusal in French, goes back to
 * the connection that sent the badge only, on {@code /user/queue/badge}.
 */
@Controller
class BadgeController {

    private static final Logger LOG = LoggerFactory.getLogger(BadgeController.class);
    static final String CHECK_IN = "CHECK_IN";
    static final String CHECK_OUT = "CHECK_OUT";

    private final PresenceService presence;

    BadgeController(PresenceService presence) {
        this.presence = presence;
    }

    @MessageMapping("/badge")
    @SendToUser(destinations = "/queue/badge", broadcast = false)
    BadgeReply badge(@Payload BadgeMessage badge, Principal principal) {
        // The channel interceptor lets only a badge reader's connection send here.
        DevicePrincipal reader = (DevicePrincipal) principal;
        String number = badge.employeeNumber();
        String action = badge.action();
        try {
            if (CHECK_IN.equals(action)) {
                BadgeResult result = presence.badgeIn(reader.token(), number);
                return reply(true, number, action, result.move() ? "badge.moved" : "badge.checked-in",
                        result.personName(), result.floorName());
            }
            if (CHECK_OUT.equals(action)) {
                BadgeResult result = presence.badgeOut(reader.token(), number);
                return reply(true, number, action, "badge.checked-out", result.personName(), result.floorName());
            }
            return reply(false, number, action, "badge.error.action", String.valueOf(action));
        } catch (DomainException refused) {
            return new BadgeReply(false, Messages.get(Messages.FRENCH, refused), number, action);
        }
    }

    /** A frame that is not a badge message at all (not JSON, wrong shape). */
    @MessageExceptionHandler({MessageConversionException.class, MethodArgumentNotValidException.class})
    @SendToUser(destinations = "/queue/badge", broadcast = false)
    BadgeReply unreadable(Exception e) {
        LOG.debug("Unreadable badge message", e);
        return new BadgeReply(false, Messages.get(Messages.FRENCH, "badge.error.unreadable"), null, null);
    }

    /** Anything else: the reader learns that nothing was recorded, the log keeps why. */
    @MessageExceptionHandler
    @SendToUser(destinations = "/queue/badge", broadcast = false)
    BadgeReply failed(Exception e) {
        LOG.error("Badge failed", e);
        return new BadgeReply(false, Messages.get(Messages.FRENCH, "error.unexpected"), null, null);
    }

    private static BadgeReply reply(boolean ok, String number, String action, String key, Object... arguments) {
        return new BadgeReply(ok, Messages.get(Messages.FRENCH, key, arguments), number, action);
    }
}
