package app.plateau.meeting;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.organisation.Person;
import app.plateau.security.AccountService;
import app.plateau.security.AccountService.AccountDraft;
import app.plateau.security.Role;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meeting set-up for tests of this package and its screens: bridges and rooms straight into their
 * tables, organisers with accounts, and meetings already held, which no service may book (they are
 * in the past).
 */
@Component
public class MeetingFixtures {

    private final BridgeRepository bridges;
    private final MeetingRoomRepository rooms;
    private final MeetingRepository meetings;
    private final OccurrenceRepository occurrences;
    private final AccountService accounts;
    private final Fixtures fixtures;
    private final EntityManager entityManager;
    private final Clock clock;

    MeetingFixtures(BridgeRepository bridges, MeetingRoomRepository rooms, MeetingRepository meetings,
            OccurrenceRepository occurrences, AccountService accounts, Fixtures fixtures, EntityManager entityManager,
            Clock clock) {
        this.bridges = bridges;
        this.rooms = rooms;
        this.meetings = meetings;
        this.occurrences = occurrences;
        this.accounts = accounts;
        this.fixtures = fixtures;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Bridge bridge(TestSite site, String name, int capacity) {
        return bridges.save(new Bridge(site.site().getId(), name, "+212 5 22 00 00 " + (10 + capacity % 90),
                capacity));
    }

    public MeetingRoom room(TestSite site, String name, int cap) {
        return rooms.save(new MeetingRoom(site.site().getId(), name, cap));
    }

    /** A person of the site's team who may organise meetings, with an account; returns its username. */
    public String organiser(TestSite site, String name) {
        Person person = member(site, name);
        String username = Fixtures.unique("org-").toLowerCase();
        Fixtures.asSystem(() -> accounts.create(new AccountDraft(username, person.getFullName(),
                site.site().getId(), person.getId(), EnumSet.of(Role.TEAM_LEAD)), Fixtures.PASSWORD));
        return username;
    }

    /** One more member of the site's team. */
    public Person member(TestSite site, String name) {
        return fixtures.person(site.site(), Fixtures.unique("m"), name, site.team(), site.floor1());
    }

    /** A second site manager of the site; returns the username. */
    public String manager(TestSite site, String name) {
        String username = Fixtures.unique("mgr-").toLowerCase();
        Fixtures.asSystem(() -> accounts.create(new AccountDraft(username, name, site.site().getId(), null,
                EnumSet.of(Role.SITE_MANAGER)), Fixtures.PASSWORD));
        return username;
    }

    /**
     * A single meeting organised by the site's lead, already in the given state, with its one
     * occurrence at {@code start} (site time): the history that statistics read.
     */
    @Transactional
    public long held(TestSite site, MeetingMode mode, MeetingState state, LocalDateTime start, int minutes) {
        Instant now = clock.instant();
        Person organiser = entityManager.find(Person.class, site.lead().getId());
        Meeting meeting = new Meeting(organiser, UUID.randomUUID() + "@test", mode, now, "test");
        meeting.describe("Réunion " + mode.name().toLowerCase(), null);
        meeting.schedule(start, minutes, null);
        switch (state) {
            case SCHEDULED -> {
                if (mode == MeetingMode.PHYSICAL) {
                    meeting.decide(MeetingState.SCHEDULED, now, "test", null);
                }
            }
            case DENIED -> meeting.decide(MeetingState.DENIED, now, "test", "non");
            case CANCELLED -> meeting.cancel(now);
            case REQUESTED -> meeting.requestAgain();
            default -> throw new IllegalArgumentException(state.name());
        }
        meeting = meetings.save(meeting);
        Instant from = start.atZone(site.site().zoneId()).toInstant();
        occurrences.save(new Occurrence(meeting, from, from.plusSeconds(60L * minutes)));
        return meeting.getId();
    }
}
