package app.plateau.occupancy;

import app.plateau.base.Messages;
import java.util.Locale;

/**
 * How a line of the movement journal reads, the same on the history page and in its CSV: a move's
 * reason in words rather than its code, and for what Plateau did by itself the rule that did it
 * (end of day, an approval lapsing, a request nobody decided…) rather than a bare "Plateau".
 * <p>
 * The journal keeps codes, so that old lines read in today's words and in either language. A check-out
 * forced by a health decision reads as the person's own on purpose (see {@link FloorLedger}).
 */
public final class MovementWording {

    /** The name the journal keeps for what Plateau did by itself. */
    public static final String SYSTEM = "Plateau";
    /** Detail codes written by the features that journal a move's end; kept as they were written. */
    public static final String CHECKED_OUT = "checked out";
    public static final String EXPIRED_UNDECIDED = "expired:UNDECIDED";
    public static final String EXPIRED_LAPSED = "expired:LAPSED";

    private MovementWording() {
    }

    /** Who did it: the person's name, or "Plateau" with the rule it applied. */
    public static String actor(Movement movement, Locale locale) {
        String rule = rule(movement);
        if (rule == null) {
            return text(movement.getActorName());
        }
        return Messages.get(locale, "movement.by-rule", Messages.get(locale, "movement.rule." + rule));
    }

    /** What the line adds: a reason in words, the counts of a refusal, why a rule acted. */
    public static String detail(Movement movement, Locale locale) {
        String detail = movement.getDetail();
        if (detail == null) {
            return "";
        }
        return switch (movement.getKind()) {
            case REQUESTED -> reason(detail, locale);
            case CAP_REFUSED -> counts(detail, locale);
            case EXPIRED -> EXPIRED_UNDECIDED.equals(detail) ? Messages.get(locale, "movement.detail.undecided")
                    : EXPIRED_LAPSED.equals(detail) ? Messages.get(locale, "movement.detail.lapsed") : detail;
            case CANCELLED, RETURNED -> CHECKED_OUT.equals(detail)
                    ? Messages.get(locale, "movement.detail.checked-out") : detail;
            default -> detail;
        };
    }

    private static String rule(Movement movement) {
        if (!SYSTEM.equals(movement.getActorName())) {
            return null;
        }
        String detail = movement.getDetail();
        return switch (movement.getKind()) {
            case END_OF_DAY_CHECK_OUT -> "end-of-day";
            case SHIFT_END_CHECK_OUT -> "shift-end";
            case AUTO_APPROVED -> "auto-approval";
            case EXPIRED -> EXPIRED_UNDECIDED.equals(detail) ? "undecided"
                    : EXPIRED_LAPSED.equals(detail) ? "lapse" : "expiry";
            case CANCELLED, RETURNED -> CHECKED_OUT.equals(detail) ? "check-out" : null;
            default -> null;
        };
    }

    /** "TRAINING" or "TRAINING: text", as a request journals its reason, in words. */
    private static String reason(String detail, Locale locale) {
        int colon = detail.indexOf(": ");
        String code = colon < 0 ? detail : detail.substring(0, colon);
        if (!code.matches("[A-Z_]+")) {
            return detail;
        }
        String reason = Messages.get(locale, "transfer.reason." + code);
        if (reason.startsWith("!")) {
            return detail;
        }
        return colon < 0 ? reason
                : Messages.get(locale, "movement.detail.reason-text", reason, detail.substring(colon + 2));
    }

    /** "12/30", as a refusal at the cap journals the floor's counts. */
    private static String counts(String detail, Locale locale) {
        String[] parts = detail.split("/");
        if (parts.length != 2 || !parts[0].matches("\\d+") || !parts[1].matches("\\d+")) {
            return detail;
        }
        return Messages.get(locale, "movement.detail.cap", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
