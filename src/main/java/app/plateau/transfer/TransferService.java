package app.plateau.transfer;

import app.plateau.base.Checks;
import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.base.Sorting;
import app.plateau.base.Text;
import app.plateau.occupancy.CapacityRefused;
import app.plateau.occupancy.FloorLedger;
import app.plateau.occupancy.Journal;
import app.plateau.occupancy.MovementKind;
import app.plateau.occupancy.MovementWording;
import app.plateau.occupancy.OccupancyChanged;
import app.plateau.occupancy.OnBehalf;
import app.plateau.occupancy.Presence;
import app.plateau.organisation.Floor;
import app.plateau.organisation.Person;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Move requests and decisions. Every change of state goes through here, inside one transaction
 * with the occupancy ledger: an approval holds a place on the target floor (refused when the floor
 * is full or closed), an arrival turns it into presence, an expiry or a cancellation gives it back.
 */
@Service
public class TransferService {

    static final String ACTORS = "hasAnyRole('AGENT','TEAM_LEAD','SITE_MANAGER','ADMIN')";
    static final String DECIDERS = "hasAnyRole('SITE_MANAGER','ADMIN')";
    /** How early a move may be asked for "at a chosen time" that is already a little past. */
    private static final Duration PAST_TOLERANCE = Duration.ofMinutes(2);
    private static final Duration FURTHEST_AHEAD = Duration.ofHours(24);
    static final String SYSTEM = MovementWording.SYSTEM;
    /** The journal's detail of a move closed because its person checked out, read back by the journal's wording. */
    static final String CHECKED_OUT = MovementWording.CHECKED_OUT;

    private final TransferRepository transfers;
    private final FloorLedger ledger;
    private final Journal journal;
    private final AutoApprovalRules rules;
    private final Arrivals arrivals;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration lapse;

    TransferService(TransferRepository transfers, FloorLedger ledger, Journal journal, AutoApprovalRules rules,
            Arrivals arrivals, ApplicationEventPublisher events, Clock clock,
            @Value("${plateau.transfer.lapse:PT15M}") Duration lapse) {
        this.transfers = transfers;
        this.ledger = ledger;
        this.journal = journal;
        this.rules = rules;
        this.arrivals = arrivals;
        this.events = events;
        this.clock = clock;
        this.lapse = lapse;
    }

    /**
     * Asks for a move of a person who is checked in, to another open floor of their site. When the
     * target floor approves the reason by itself and has room, the request is approved at once.
     */
    @PreAuthorize(ACTORS)
    @Transactional
    public TransferRequest request(MoveDraft draft) {
        PlateauUser user = CurrentUser.get();
        Person person = ledger.person(draft.personId());
        OnBehalf.check(user, person);
        Presence stay = ledger.openStay(person.getId())
                .orElseThrow(() -> new DomainException("transfer.error.not-checked-in", person.getFullName()));
        Floor from = ledger.floor(stay.getFloorId());
        Floor to = ledger.floor(Checks.required(draft.toFloorId(), "transfer.to-floor"));
        if (!to.getSite().getId().equals(person.getSite().getId())) {
            throw new NotFoundException();
        }
        if (to.getId().equals(from.getId())) {
            throw new DomainException("transfer.error.same-floor", to.getName());
        }
        if (!to.isOpen()) {
            throw new DomainException("floor.error.closed", to.getName(), to.getClosedReason());
        }
        transfers.findByOpenPersonId(person.getId()).ifPresent(open -> {
            throw new DomainException("transfer.error.open-request", person.getFullName(),
                    new Text(open.getState().messageKey()));
        });
        MoveReason reason = Checks.required(draft.reason(), "transfer.reason");
        String text = Checks.optionalText(draft.reasonText(), TransferRequest.TEXT_MAX, "transfer.reason-text");
        if (reason == MoveReason.OTHER && text == null) {
            throw new DomainException("transfer.error.other-needs-text");
        }
        Instant now = clock.instant();
        Instant moveAt = draft.moveAt() == null ? now : draft.moveAt();
        if (moveAt.isBefore(now.minus(PAST_TOLERANCE))) {
            throw new DomainException("transfer.error.move-in-past");
        }
        if (moveAt.isAfter(now.plus(FURTHEST_AHEAD))) {
            throw new DomainException("transfer.error.move-too-far");
        }
        if (draft.returnAt() != null && !draft.returnAt().isAfter(moveAt)) {
            throw new DomainException("transfer.error.return-before-move");
        }
        if (draft.returnAt() != null && draft.returnAt().isAfter(moveAt.plus(FURTHEST_AHEAD))) {
            throw new DomainException("transfer.error.return-too-far");
        }
        TransferRequest request = new TransferRequest(person, from, to, reason, text, now, user.displayName(), moveAt,
                draft.returnAt());
        try {
            request = transfers.saveAndFlush(request);
        } catch (DataIntegrityViolationException raced) {
            // A parallel request of the same person won the one open place.
            throw new DomainException("transfer.error.open-request", person.getFullName(),
                    new Text(TransferState.PENDING.messageKey()));
        }
        journal.record(MovementKind.REQUESTED, person, from, to, request.getId(), user.displayName(),
                describe(reason, text));
        if (rules.applies(to.getId(), reason) && ledger.tryReserve(to)) {
            request.approve(now, SYSTEM, true, lapse);
            journal.record(MovementKind.AUTO_APPROVED, person, from, to, request.getId(), SYSTEM, null);
        }
        changed(request, now);
        return request;
    }

    /** Approves a pending request: holds a place on the target floor, refused when it is full or closed. */
    @PreAuthorize(DECIDERS)
    @Transactional(noRollbackFor = CapacityRefused.class)
    public TransferRequest approve(long id) {
        TransferRequest request = lockForDecision(id);
        Floor to = request.getToFloor();
        if (!to.isOpen()) {
            throw new DomainException("floor.error.closed", to.getName(), to.getClosedReason());
        }
        String me = CurrentUser.get().displayName();
        // The place is asked for before anything else is written: a refusal commits only its journal line.
        ledger.reserve(request.getToFloor(), request.getPerson(), request.getId(), me);
        Instant now = clock.instant();
        request.approve(now, me, false, lapse);
        journal.record(MovementKind.APPROVED, request.getPerson(), request.getFromFloor(), request.getToFloor(),
                request.getId(), me, null);
        changed(request, now);
        return request;
    }

    @PreAuthorize(DECIDERS)
    @Transactional
    public TransferRequest deny(long id, String reason) {
        TransferRequest request = lockForDecision(id);
        String why = Checks.text(reason, TransferRequest.TEXT_MAX, "transfer.deny-reason");
        String me = CurrentUser.get().displayName();
        Instant now = clock.instant();
        request.deny(now, me, why);
        journal.record(MovementKind.DENIED, request.getPerson(), request.getFromFloor(), request.getToFloor(),
                request.getId(), me, why);
        changed(request, now);
        return request;
    }

    /** Withdraws a request not started yet; an approved one gives its place back. */
    @PreAuthorize(ACTORS)
    @Transactional
    public TransferRequest cancel(long id) {
        TransferRequest request = lockOwn(id);
        if (request.getState() != TransferState.PENDING && request.getState() != TransferState.APPROVED) {
            throw new DomainException("transfer.error.not-cancellable", new Text(
                    request.getState().messageKey()));
        }
        if (request.getState() == TransferState.APPROVED) {
            ledger.release(request.getToFloor());
        }
        Instant now = clock.instant();
        request.cancel(now);
        journal.record(MovementKind.CANCELLED, request.getPerson(), request.getFromFloor(), request.getToFloor(),
                request.getId(), CurrentUser.get().displayName(), null);
        changed(request, now);
        return request;
    }

    /** The person reached the target floor of an approved move: the held place becomes their presence. */
    @PreAuthorize(ACTORS)
    @Transactional
    public TransferRequest arrive(long id) {
        TransferRequest request = lockOwn(id);
        if (request.getState() != TransferState.APPROVED) {
            throw new DomainException("transfer.error.not-approved", new Text(
                    request.getState().messageKey()));
        }
        arrivals.arrive(request, CurrentUser.get().displayName());
        return request;
    }

    /** The person is back on the floor they came from, where their place was kept. */
    @PreAuthorize(ACTORS)
    @Transactional
    public TransferRequest returned(long id) {
        TransferRequest request = lockOwn(id);
        if (request.getState() != TransferState.IN_PROGRESS) {
            throw new DomainException("transfer.error.not-in-progress", new Text(
                    request.getState().messageKey()));
        }
        if (request.isUntilEndOfShift()) {
            throw new DomainException("transfer.error.no-return", request.getFromFloor().getName());
        }
        arrivals.comeBack(request, CurrentUser.get().displayName());
        return request;
    }

    /**
     * The people the caller may ask a move for: themselves, and for a team lead the members of
     * their team, by name.
     */
    @PreAuthorize(ACTORS)
    @Transactional(readOnly = true)
    public List<Person> forWhom() {
        PlateauUser user = CurrentUser.get();
        List<Person> people = new ArrayList<>();
        if (user.personId() != null) {
            people.add(ledger.person(user.personId()));
            if (user.has(Role.TEAM_LEAD)) {
                transfers.teamOf(user.personId()).stream()
                        .filter(person -> !person.getId().equals(user.personId()))
                        .forEach(people::add);
            }
        }
        return people;
    }

    /** The person's open request, if any: for their own screen, their lead's, or a manager's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<TransferRequest> openOf(long personId) {
        Person person = ledger.person(personId);
        CurrentUser.checkSite(person.getSite().getId());
        OnBehalf.check(CurrentUser.get(), person);
        return transfers.findByOpenPersonId(personId);
    }

    /**
     * The open requests (waiting, approved or under way) of the signed-in lead's team members at
     * their site, oldest first: what the lead's start page lists as waiting for a move.
     */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    @Transactional(readOnly = true)
    public List<TransferRequest> openOfMyTeam() {
        PlateauUser user = CurrentUser.get();
        if (user.personId() == null || user.siteId() == null) {
            return List.of();
        }
        return transfers.openOfTeamLedBy(user.personId(), user.siteId());
    }

    /** The person's most recent request, open or not: what their screen shows as "my move". */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<TransferRequest> latestOf(long personId) {
        PlateauUser user = CurrentUser.get();
        // One's own person needs no check, and skipping its load keeps a pushed answer to one query.
        if (user.personId() == null || user.personId() != personId) {
            Person person = ledger.person(personId);
            CurrentUser.checkSite(person.getSite().getId());
            OnBehalf.check(user, person);
        }
        return transfers.latestOf(personId, PageRequest.of(0, 1)).stream().findFirst();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TransferRequest get(long id) {
        TransferRequest request = transfers.findDetailedById(id).orElseThrow(NotFoundException::new);
        checkMayRead(request);
        return request;
    }

    /** A person's requests, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TransferRequest> historyOf(long personId, Pageable pageable) {
        Person person = ledger.person(personId);
        CurrentUser.checkSite(person.getSite().getId());
        OnBehalf.check(CurrentUser.get(), person);
        return transfers.findByPerson(personId, Sorting.or(pageable, Sort.by(Sort.Direction.DESC, "requestedAt")));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countHistoryOf(long personId) {
        Person person = ledger.person(personId);
        CurrentUser.checkSite(person.getSite().getId());
        OnBehalf.check(CurrentUser.get(), person);
        return transfers.countByPersonId(personId);
    }

    /**
     * Until when a request to move at {@code moveAt} may still be decided: later, the sweep expires
     * it undecided (and tells the person so).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Instant decideBefore(Instant moveAt) {
        return moveAt.plus(lapse);
    }

    /** The site's requests waiting for a decision, oldest first. */
    @PreAuthorize(DECIDERS)
    @Transactional(readOnly = true)
    public List<TransferRequest> pending(long siteId, Pageable pageable) {
        CurrentUser.checkSite(siteId);
        return transfers.findBySiteAndState(siteId, TransferState.PENDING,
                Sorting.or(pageable, "requestedAt"));
    }

    @PreAuthorize(DECIDERS)
    @Transactional(readOnly = true)
    public long countPending(long siteId) {
        CurrentUser.checkSite(siteId);
        return transfers.countBySiteIdAndState(siteId, TransferState.PENDING);
    }

    /** The reasons for which a floor approves moves by itself when it has room. */
    @PreAuthorize(DECIDERS)
    @Transactional(readOnly = true)
    public Set<MoveReason> autoApprovals(long floorId) {
        Floor floor = ledger.floor(floorId);
        CurrentUser.checkSite(floor.getSite().getId());
        return rules.of(floorId);
    }

    @PreAuthorize(DECIDERS)
    @Transactional
    public void setAutoApprovals(long floorId, Set<MoveReason> reasons) {
        Floor floor = ledger.floor(floorId);
        CurrentUser.checkSite(floor.getSite().getId());
        Set<MoveReason> chosen = EnumSet.noneOf(MoveReason.class);
        if (reasons != null) {
            chosen.addAll(reasons);
        }
        rules.replace(floorId, chosen);
    }

    private TransferRequest lockForDecision(long id) {
        TransferRequest request = transfers.lockById(id).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(request.getSiteId());
        // The person and both floors in one read, after the lock (the state checked stays the one the
        // lock read), rather than three lazy loads: two of them came while an approval held the
        // floor's counter row, which every other approval to that floor waits for.
        transfers.findDetailedById(id);
        if (request.getState() != TransferState.PENDING) {
            throw alreadyDecided(request);
        }
        return request;
    }

    /** Says what became of the request, when and through whom (or which rule), in the site's time. */
    private static DomainException alreadyDecided(TransferRequest request) {
        ZoneId zone = request.getToFloor().getSite().zoneId();
        Instant when = request.getClosedAt() != null ? request.getClosedAt()
                : request.getDecidedAt() != null ? request.getDecidedAt() : request.getRequestedAt();
        LocalTime at = LocalTime.ofInstant(when, zone).truncatedTo(ChronoUnit.MINUTES);
        String name = request.getPerson().getFullName();
        Text state = new Text(request.getState().messageKey());
        Expiry expiry = request.getExpiry();
        if (expiry == Expiry.UNDECIDED) {
            return new DomainException("transfer.error.already-expired", name, at);
        }
        if (expiry == Expiry.LAPSED) {
            return new DomainException("transfer.error.already-lapsed", name, at);
        }
        if (request.getDecidedBy() == null || request.getState() == TransferState.CANCELLED) {
            return new DomainException("transfer.error.already-closed", name, state, at);
        }
        return new DomainException("transfer.error.already-decided", name, state, at, request.getDecidedBy());
    }

    private TransferRequest lockOwn(long id) {
        TransferRequest request = transfers.lockById(id).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(request.getSiteId());
        OnBehalf.check(CurrentUser.get(), request.getPerson());
        return request;
    }

    private void checkMayRead(TransferRequest request) {
        CurrentUser.checkSite(request.getSiteId());
        PlateauUser user = CurrentUser.get();
        if (!OnBehalf.allowed(user, request.getPerson()) && !user.has(Role.AUDITOR)) {
            throw new AccessDeniedException("not the caller's request");
        }
    }

    private void changed(TransferRequest request, Instant at) {
        events.publishEvent(TransferChanged.of(request, at));
        events.publishEvent(new OccupancyChanged(request.getSiteId()));
    }

    static String describe(MoveReason reason, String text) {
        return text == null ? reason.name() : reason.name() + ": " + text;
    }
}
