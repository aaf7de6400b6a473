package app.plateau.health;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The contacts of one person over a window, longest time together first; times read in the site's zone. */
public record ContactList(long personId, String personName, Instant from, Instant to, ZoneId zone,
        List<Contact> contacts) {
}
