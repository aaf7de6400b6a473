package app.plateau.meeting;

import app.plateau.base.DomainException;
import app.plateau.base.Messages;
import app.plateau.organisation.Person;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feeds: a secret address where Outlook or Google Calendar reads a person's
 * meetings, from a month back to a year ahead. The token carries 256 random bits and is shown once;
 * only its SHA-256 is kept. Making a new one revokes the old, so a person has one live feed at most.
 */
@Service
public class CalendarFeedService {

    /** How far back and ahead a feed reaches. */
    public static final Duration PAST = Duration.ofDays(30);
    public static final Duration AHEAD = Duration.ofDays(366);
    /** The path under which the feed is served; the token and ".ics" follow. */
    public static final String PATH = "/calendar/";
    static final int TOKEN_BYTES = 32;
    /** 32 bytes in URL-safe base 64 without padding. */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    /** A feed lists at most this many meetings or series: a year of anyone's agenda fits. */
    static final int FEED_LIMIT = 2000;

    /** A person's latest feed, in their site's time: when it was made, last read, and revoked if it was. */
    public record FeedStatus(LocalDateTime createdAt, LocalDateTime lastReadAt, LocalDateTime revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final CalendarFeedRepository feeds;
    private final IcsCalendars calendars;
    private final EntityManager entityManager;
    private final Clock clock;

    CalendarFeedService(CalendarFeedRepository feeds, IcsCalendars calendars, EntityManager entityManager,
            Clock clock) {
        this.feeds = feeds;
        this.calendars = calendars;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Makes the caller a new feed and returns its token, the only time it is ever shown. A feed the
     * caller had stops answering.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String createFeed() {
        // The person's row lock makes two parallel requests wait for each other: one live feed stays.
        Person person = ownPerson(LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        feeds.findByPersonIdAndRevokedAtIsNull(person.getId()).forEach(feed -> feed.revoke(now));
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        feeds.save(new CalendarFeed(person.getId(), hash(token), now));
        return token;
    }

    /** Stops the caller's feed: its address answers "not found" from now on. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revokeFeed() {
        Person person = ownPerson(LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        feeds.findByPersonIdAndRevokedAtIsNull(person.getId()).forEach(feed -> feed.revoke(now));
    }

    /** The caller's latest feed, live or revoked; empty when they never made one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<FeedStatus> myFeed() {
        PlateauUser user = CurrentUser.get();
        if (user.personId() == null) {
            return Optional.empty();
        }
        Person person = ownPerson(LockModeType.NONE);
        ZoneId zone = person.getSite().zoneId();
        return feeds.findFirstByPersonIdOrderByCreatedAtDescIdDesc(person.getId())
                .map(feed -> new FeedStatus(local(feed.getCreatedAt(), zone), local(feed.getLastReadAt(), zone),
                        local(feed.getRevokedAt(), zone)));
    }

    /**
     * The feed behind a token, as iCalendar text, read by the calendar programs that subscribed to
     * it: they sign in to nothing, the token is their key. Empty for a token that is unknown, revoked
     * or whose person left; the caller cannot tell which.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<String> feed(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return CurrentUser.asSystem(() -> read(token));
    }

    private Optional<String> read(String token) {
        Optional<CalendarFeed> found = feeds.findByTokenHash(hash(token)).filter(feed -> !feed.isRevoked());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CalendarFeed feed = found.get();
        Person person = entityManager.find(Person.class, feed.getPersonId());
        if (person == null || !person.isActive()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        feed.read(now);
        List<Meeting> meetings = entityManager.createQuery("select m from Meeting m join fetch m.organiser o"
                        + " join fetch o.site where m.state in :states and (o.id = :person or exists ("
                        + "select 1 from Meeting m2 join m2.attendees a where m2 = m and a.person.id = :person))"
                        + " and exists (select 1 from Occurrence oc where oc.meeting = m and oc.endsAt > :from"
                        + " and oc.startsAt < :to) order by m.firstStartLocal, m.id", Meeting.class)
                .setParameter("states", List.of(MeetingState.REQUESTED, MeetingState.SCHEDULED))
                .setParameter("person", person.getId())
                .setParameter("from", now.minus(PAST))
                .setParameter("to", now.plus(AHEAD))
                .setMaxResults(FEED_LIMIT)
                .getResultList();
        String name = Messages.get(Messages.FRENCH, "calendar.feed.name", person.getFullName());
        return Optional.of(calendars.feed(name, person.getSite().zoneId(), meetings));
    }

    private Person ownPerson(LockModeType lock) {
        PlateauUser user = CurrentUser.get();
        if (user.personId() == null) {
            throw new DomainException("calendar.error.no-person");
        }
        Person person = entityManager.find(Person.class, user.personId(), lock);
        if (person == null) {
            throw new DomainException("calendar.error.no-person");
        }
        CurrentUser.checkSite(person.getSite().getId());
        return person;
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every JVM has SHA-256", missing);
        }
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }
}
