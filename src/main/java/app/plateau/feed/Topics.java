package app.plateau.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The feed's destinations, as docs/feed.md lists them. */
final class Topics {

    static final String BADGE = "/app/badge";
    static final String BADGE_REPLIES = "/user/queue/badge";
    private static final Pattern SITE_TOPIC = Pattern.compile("/topic/sites/(\\d{1,18})/(occupancy|transfers)");

    private Topics() {
    }

    static String occupancy(long siteId) {
        return "/topic/sites/" + siteId + "/occupancy";
    }

    static String transfers(long siteId) {
        return "/topic/sites/" + siteId + "/transfers";
    }

    /** The site of one of the site topics, or {@code null} for any other destination. */
    static Long siteOf(String destination) {
        if (destination == null) {
            return null;
        }
        Matcher matcher = SITE_TOPIC.matcher(destination);
        return matcher.matches() ? Long.valueOf(matcher.group(1)) : null;
    }
}
