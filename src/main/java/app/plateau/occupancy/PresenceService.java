package app.plateau.occupancy;

import app.plateau.base.Checks;
import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.base.Text;
import app.plateau.occupancy.Board.Step;
import app.plateau.occupancy.PendingMoves.FloorMoves;
import app.plateau.organisation.Floor;
import app.plateau.organisation.Person;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.WorkingPeriod;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in and check-out, where people are, and the live load of a site's floors. A person checks
 * in themselves; their team lead or a site manager may do it for them.
 */
@Service
public class PresenceService {

    private static final String ACTORS = "hasAnyRole('AGENT','TEAM_LEAD','SITE_MANAGER','ADMIN')";
    private static final String BOARD_READERS = "hasAnyRole('SITE_MANAGER','ADMIN','AUDITOR')";

    private final FloorLedger ledger;
    private final Counters counters;
    private final PresenceRepository presences;
    private final MovementRepository movements;
    private final PendingMoves pendingMoves;
    private final DeviceTokens devices;
    private final EntityManager entityManager;
    private final Clock clock;
    private final SiteService sites;

    PresenceService(FloorLedger ledger, Counters counters, PresenceRepository presences, MovementRepository movements,
            PendingMoves pendingMoves, DeviceTokens devices, EntityManager entityManager, Clock clock,
            SiteService sites) {
        this.sites = sites;
        this.ledger = ledger;
        this.counters = counters;
        this.presences = presences;
        this.movements = movements;
        this.pendingMoves = pendingMoves;
        this.devices = devices;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Where a person is now; the person, their lead and the site's managers may ask. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Stay> whereIs(long personId) {
        Person person = ledger.person(personId);
        PlateauUser user = CurrentUser.get();
        CurrentUser.checkSite(person.getSite().getId());
        if (!user.has(Role.HEALTH_OFFICER)) {
            OnBehalf.check(user, person);
        }
        return presences.findByOpenPersonId(personId).map(this::stay);
    }

    /**
     * The signed-in team lead's team now: the active members of the teams they lead at their site, by
     * name, each with where they are checked in. A lead without a person of their own has no team.
     */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    @Transactional(readOnly = true)
    public List<TeamMember> myTeam() {
        PlateauUser user = CurrentUser.get();
        if (user.personId() == null || user.siteId() == null) {
            return List.of();
        }
        List<Person> members = entityManager.createQuery("""
                        select p from Person p
                        where p.team.lead.id = :lead and p.site.id = :site and p.active = true and p.id <> :lead
                        order by p.fullName, p.id
                        """, Person.class)
                .setParameter("lead", user.personId())
                .setParameter("site", user.siteId())
                .getResultList();
        if (members.isEmpty()) {
            return List.of();
        }
        Map<Long, Presence> stays = presences.findByOpenPersonIdIn(members.stream().map(Person::getId).toList())
                .stream().collect(Collectors.toMap(Presence::getPersonId, Function.identity()));
        Map<Long, String> floorNames = new HashMap<>();
        return members.stream().map(member -> {
            Presence stay = stays.get(member.getId());
            if (stay == null) {
                return new TeamMember(member.getId(), member.getFullName(), member.getWorkMode(), null, null, null);
            }
            String floorName = floorNames.computeIfAbsent(stay.getFloorId(), id -> ledger.floor(id).getName());
            return new TeamMember(member.getId(), member.getFullName(), member.getWorkMode(), stay.getFloorId(),
                    floorName, stay.getStartedAt());
        }).toList();
    }

    @PreAuthorize(ACTORS)
    @Transactional(noRollbackFor = CapacityRefused.class)
    public Stay checkIn(long personId, long floorId) {
        Person person = ledger.person(personId);
        OnBehalf.check(CurrentUser.get(), person);
        Floor floor = ledger.floor(floorId);
        CurrentUser.checkSite(floor.getSite().getId());
        return stay(ledger.checkIn(person, floor, StayChange.MANUAL, CurrentUser.get().displayName()));
    }

    @PreAuthorize(ACTORS)
    @Transactional
    public void checkOut(long personId) {
        Person person = ledger.person(personId);
        OnBehalf.check(CurrentUser.get(), person);
        ledger.checkOut(person, StayChange.MANUAL, CurrentUser.get().displayName());
    }

    /**
     * A badge at a floor's reader: the person's approved move to that floor arrives (or their return
     * to a place kept there), otherwise they are checked in there. The reader's token is the
     * credential, so anyone may call; the journal names the reader as the actor.
     */
    @PreAuthorize("permitAll()")
    @Transactional(noRollbackFor = CapacityRefused.class)
    public BadgeResult badgeIn(String token, String employeeNumber) {
        DeviceIdentity reader = badgeReader(token);
        Person person = badgeHolder(reader, employeeNumber);
        Floor floor = ledger.floor(reader.floorId());
        if (pendingMoves.arriveIfExpected(person.getId(), floor.getId(), reader.name())) {
            return new BadgeResult(person.getId(), person.getFullName(), floor.getId(), floor.getName(), true);
        }
        ledger.checkIn(person, floor, StayChange.BADGE, reader.name());
        return new BadgeResult(person.getId(), person.getFullName(), floor.getId(), floor.getName(), false);
    }

    /** A badge on the way out at a floor's reader: refused for someone the ledger has on another floor. */
    @PreAuthorize("permitAll()")
    @Transactional
    public BadgeResult badgeOut(String token, String employeeNumber) {
        DeviceIdentity reader = badgeReader(token);
        Person person = badgeHolder(reader, employeeNumber);
        Floor floor = ledger.floor(reader.floorId());
        Presence stay = presences.findByOpenPersonId(person.getId())
                .orElseThrow(() -> new DomainException("presence.error.not-present", person.getFullName()));
        if (!stay.getFloorId().equals(floor.getId())) {
            throw new DomainException("presence.error.not-on-floor", person.getFullName(), floor.getName());
        }
        ledger.checkOut(person, StayChange.BADGE, reader.name());
        return new BadgeResult(person.getId(), person.getFullName(), floor.getId(), floor.getName(), false);
    }

    private DeviceIdentity badgeReader(String token) {
        DeviceIdentity device = devices.authenticate(token);
        if (device.kind() != DeviceKind.BADGE_READER) {
            throw new DomainException("device.error.wrong-kind", device.name(),
                    new Text(DeviceKind.BADGE_READER.messageKey()));
        }
        if (device.floorId() == null) {
            throw new DomainException("device.error.no-floor", device.name());
        }
        return device;
    }

    /** The person of the reader's site with this employee number, stored upper-case as {@code Person} keeps it. */
    private Person badgeHolder(DeviceIdentity reader, String employeeNumber) {
        String number = Checks.text(employeeNumber, Person.NUMBER_MAX, "person.employee-number")
                .toUpperCase(Locale.ROOT);
        return entityManager.createQuery(
                        "select p from Person p where p.site.id = :siteId and p.employeeNumber = :number", Person.class)
                .setParameter("siteId", reader.siteId())
                .setParameter("number", number)
                .getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("badge.error.unknown-person", number));
    }

    /** Every floor of the site with its live load: anyone at the site may read it (agents choose floors by it). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FloorLoad> loads(long siteId) {
        CurrentUser.checkSite(siteId);
        return loadsOf(siteId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FloorLoad load(long floorId) {
        Floor floor = ledger.floor(floorId);
        CurrentUser.checkSite(floor.getSite().getId());
        return loadsOf(floor.getSite().getId()).stream().filter(load -> load.floorId() == floorId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /**
     * The site manager's board: loads, pending moves, and the moves and each floor's count over
     * "today", the site's current working period ({@link SiteService#workingPeriod}).
     */
    @PreAuthorize(BOARD_READERS)
    @Transactional(readOnly = true)
    public Board board(long siteId) {
        CurrentUser.checkSite(siteId);
        return boardOf(siteId);
    }

    /** The board of a site without a signed-in person: for a wall screen that proved itself with its token. */
    Board boardOf(long siteId) {
        Site site = entityManager.find(Site.class, siteId);
        if (site == null) {
            throw new NotFoundException();
        }
        Instant now = clock.instant();
        // Read from the site itself: a wall screen has no signed-in person for SiteService to check.
        WorkingPeriod period = WorkingPeriod.around(site.periodStartTimes(), site.zoneId(), now);
        Instant dayStart = period.start();
        List<FloorLoad> loads = loadsOf(siteId);
        long moves = movements.countKinds(siteId, dayStart, List.of(MovementKind.ARRIVED));
        long refusals = movements.countKinds(siteId, dayStart, List.of(MovementKind.CAP_REFUSED));
        return new Board(loads, moves, refusals, dayStart, now, series(siteId, loads, dayStart, now), period.end());
    }

    private Map<Long, List<Step>> series(long siteId, List<FloorLoad> loads, Instant dayStart, Instant now) {
        Map<Long, TreeMap<Instant, Integer>> deltas = new HashMap<>();
        Map<Long, Integer> atStart = new HashMap<>();
        for (Presence stay : presences.overlapping(siteId, dayStart, now)) {
            TreeMap<Instant, Integer> floor = deltas.computeIfAbsent(stay.getFloorId(), id -> new TreeMap<>());
            if (stay.getStartedAt().isAfter(dayStart)) {
                floor.merge(stay.getStartedAt(), 1, Integer::sum);
            } else {
                atStart.merge(stay.getFloorId(), 1, Integer::sum);
            }
            if (stay.getEndedAt() != null && !stay.getEndedAt().isAfter(now)) {
                floor.merge(stay.getEndedAt(), -1, Integer::sum);
            }
        }
        Map<Long, List<Step>> series = new HashMap<>();
        for (FloorLoad load : loads) {
            List<Step> steps = new ArrayList<>();
            int count = atStart.getOrDefault(load.floorId(), 0);
            steps.add(new Step(dayStart, count));
            for (Map.Entry<Instant, Integer> change : deltas.getOrDefault(load.floorId(), new TreeMap<>()).entrySet()) {
                count += change.getValue();
                steps.add(new Step(change.getKey(), count));
            }
            series.put(load.floorId(), steps);
        }
        return series;
    }

    private List<FloorLoad> loadsOf(long siteId) {
        Map<Long, Counters.Load> counts = counters.loads(siteId).stream()
                .collect(Collectors.toMap(Counters.Load::floorId, Function.identity()));
        Map<Long, FloorMoves> moves = pendingMoves.bySite(siteId);
        List<Floor> floors = entityManager.createQuery(
                "select f from Floor f where f.site.id = :siteId", Floor.class)
                .setParameter("siteId", siteId).getResultList();
        return floors.stream()
                .sorted(Comparator.comparing(Floor::getLevel).thenComparing(Floor::getName))
                .map(floor -> {
                    Counters.Load load = counts.get(floor.getId());
                    return new FloorLoad(floor.getId(), floor.getName(), floor.getLevel(),
                            load == null ? 0 : load.present(), load == null ? 0 : load.reserved(),
                            floor.getSanitaryCap(), floor.isOpen(), floor.getClosedReason(),
                            moves.getOrDefault(floor.getId(), FloorMoves.NONE));
                })
                .toList();
    }

    private Stay stay(Presence presence) {
        return new Stay(presence.getPersonId(), presence.getFloorId(), ledger.floor(presence.getFloorId()).getName(),
                presence.getStartedAt());
    }
}
