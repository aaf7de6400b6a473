package app.plateau.meeting;

import app.plateau.base.Checks;
import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.organisation.Person;
import app.plateau.organisation.Site;
import app.plateau.organisation.Team;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking, changing and cancelling meetings and their occurrences, and reading agendas. Each change
 * is checked whole before anything is written: times, attendees (teams resolved to their members
 * now), the organiser's own agenda, attendees' conflicts, a bridge and PIN for a phone meeting, a
 * room for a physical one. Bridges and rooms are allocated under their row locks in the same
 * transaction, so parallel bookings cannot both take the last lines or the same PIN. The methods that
 * allocate run at READ COMMITTED: under MariaDB's default REPEATABLE READ, the reads made after a lock
 * is granted would still see the snapshot taken before waiting for it, without the meetings that the
 * lock's previous holder just committed (BridgeRaceTest caught 75 lines booked on a 20-line bridge).
 */
@Service
public class MeetingService {

    static final String ORGANISERS = "hasAnyRole('TEAM_LEAD','SITE_MANAGER','HEALTH_OFFICER')";
    static final String EDITORS = "hasAnyRole('TEAM_LEAD','SITE_MANAGER','HEALTH_OFFICER','ADMIN')";
    static final String READERS = "isAuthenticated()";
    /** A meeting may start this much in the past: the minute the form was filled in. */
    private static final Duration PAST_TOLERANCE = Duration.ofMinutes(1);
    public static final int MAX_ATTENDEES = 500;
    /** An agenda page never reads more than this many rows at once. */
    public static final int WEEK_LIMIT = 1000;
    /** A suggested slot starts on a quarter of an hour, within the working day, within the week ahead. */
    static final int SUGGESTION_STEP_MINUTES = 15;
    static final int SUGGESTION_DAYS = 7;
    public static final LocalTime WORKDAY_START = LocalTime.of(8, 0);
    public static final LocalTime WORKDAY_END = LocalTime.of(20, 0);

    private final MeetingRepository meetings;
    private final OccurrenceRepository occurrences;
    private final MeetingRoomRepository rooms;
    private final BridgeAllocator allocator;
    private final RoomCheck roomCheck;
    private final VideoLinks video;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, OccurrenceRepository occurrences, MeetingRoomRepository rooms,
            BridgeAllocator allocator, RoomCheck roomCheck, VideoLinks video, EntityManager entityManager,
            ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.occurrences = occurrences;
        this.rooms = rooms;
        this.allocator = allocator;
        this.roomCheck = roomCheck;
        this.video = video;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /** Everything a draft asks for, checked and resolved. */
    private record Plan(String title, String agenda, MeetingMode mode, LocalDateTime firstLocal, int minutes,
            String rule, List<Slot> slots, String externalUrl, Map<Person, Long> invited, MeetingRoom room,
            String justification, String requestedPin) {

        int participants() {
            return invited.size() + 1;
        }
    }

    // ---------------------------------------------------------------- booking and changes

    /** Books a meeting or a series organised by the caller. */
    @PreAuthorize(ORGANISERS)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public MeetingDetails book(MeetingDraft draft) {
        PlateauUser user = CurrentUser.get();
        Person organiser = lockedPerson(ownPersonId(user));
        ZoneId zone = organiser.getSite().zoneId();
        Instant now = clock.instant();
        Plan plan = plan(draft, organiser, zone);
        checkNotPast(plan.slots().get(0), now);
        checkAgendas(organiser, plan, plan.slots(), 0L, draft.conflictsConfirmed(), zone);
        Meeting meeting = new Meeting(organiser, UUID.randomUUID() + "@plateau", plan.mode(), now, user.displayName());
        apply(meeting, plan);
        meeting = meetings.saveAndFlush(meeting);
        List<Occurrence> created = new ArrayList<>();
        for (Slot slot : plan.slots()) {
            created.add(new Occurrence(meeting, slot.start(), slot.end()));
        }
        equip(meeting, plan, created, null, null, zone);
        occurrences.saveAll(created);
        publish(meeting, null, MeetingChanged.Kind.BOOKED, Set.of(), now);
        return details(meeting, user);
    }

    /**
     * Changes a meeting or a whole series: what, who, when, how. Occurrences already held stay as
     * they were; one-off changes to coming occurrences give way to the new schedule. A physical
     * meeting goes back to its site manager for approval.
     */
    @PreAuthorize(EDITORS)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public MeetingDetails update(long meetingId, MeetingDraft draft) {
        PlateauUser user = CurrentUser.get();
        Meeting meeting = lockEditable(meetingId, user);
        Person organiser = lockedPerson(meeting.getOrganiser().getId());
        ZoneId zone = organiser.getSite().zoneId();
        Instant now = clock.instant();
        Plan plan = plan(draft, organiser, zone);
        boolean reschedule = !plan.firstLocal().equals(meeting.getFirstStartLocal())
                || plan.minutes() != meeting.getDurationMinutes()
                || !java.util.Objects.equals(plan.rule(), meeting.getRecurrence());
        List<Occurrence> existing = occurrences.findByMeetingIdOrderByStartsAt(meeting.getId());
        List<Occurrence> coming;
        if (reschedule) {
            coming = regenerate(meeting, existing, comingSlots(plan, existing, now), now);
        } else {
            coming = existing.stream().filter(o -> !o.getStartsAt().isBefore(now)).toList();
        }
        List<Slot> comingSlots = coming.stream().filter(o -> !o.isCancelled())
                .map(o -> new Slot(o.getStartsAt(), o.getEndsAt())).toList();
        if (!comingSlots.isEmpty()) {
            checkAgendas(organiser, plan, comingSlots, meeting.getId(), draft.conflictsConfirmed(), zone);
        }
        Set<Long> before = meeting.participantIds();
        if (meeting.getMode() != plan.mode() && plan.mode() != MeetingMode.VIDEO) {
            meeting.video(null, null);
        }
        Bridge keptBridge = meeting.getBridge();
        String keptPin = meeting.getPin();
        apply(meeting, plan);
        equip(meeting, plan, coming, keptBridge, keptPin, zone);
        meeting.nextSequence(now);
        Set<Long> removed = new HashSet<>(before);
        removed.removeAll(meeting.participantIds());
        publish(meeting, null, MeetingChanged.Kind.UPDATED, removed, now);
        return details(meeting, user);
    }

    /** Moves one occurrence of a series (or a single meeting) to another time. */
    @PreAuthorize(EDITORS)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public AgendaEntry moveOccurrence(long occurrenceId, LocalDateTime start, LocalDateTime end,
            boolean conflictsConfirmed) {
        PlateauUser user = CurrentUser.get();
        Occurrence occurrence = occurrences.findById(occurrenceId).orElseThrow(NotFoundException::new);
        Meeting meeting = lockEditable(occurrence.getMeeting().getId(), user);
        Person organiser = lockedPerson(meeting.getOrganiser().getId());
        ZoneId zone = organiser.getSite().zoneId();
        Instant now = clock.instant();
        if (occurrence.isCancelled()) {
            throw new DomainException("meeting.error.occurrence-cancelled");
        }
        checkNotPast(new Slot(occurrence.getStartsAt(), occurrence.getEndsAt()), now);
        Slot slot = slot(start, end, zone);
        checkNotPast(slot, now);
        Plan plan = new Plan(meeting.getTitle(), meeting.getAgenda(), meeting.getMode(), start,
                (int) Duration.between(slot.start(), slot.end()).toMinutes(), meeting.getRecurrence(), List.of(slot),
                meeting.getExternalUrl(), invitedOf(meeting), meeting.getRoom(), meeting.getJustification(), null);
        checkAgendas(organiser, plan, List.of(slot), meeting.getId(), conflictsConfirmed, zone);
        occurrence.move(slot.start(), slot.end());
        occurrence.markModified();
        if (meeting.getMode() == MeetingMode.PHONE) {
            BridgeAllocator.Allocation allocation = allocator.allocate(meeting.getSiteId(), List.of(slot),
                    plan.participants(), meeting.getId(), occurrence.getBridgeId(), occurrence.getPin(), null, zone);
            occurrence.useBridge(allocation.bridge().getId(), allocation.pin(), plan.participants());
        }
        if (meeting.getMode() == MeetingMode.PHYSICAL) {
            roomCheck.check(plan.room(), List.of(slot), plan.participants(), meeting.getId(), zone);
            meeting.requestAgain();
        }
        meeting.touched(now);
        publish(meeting, occurrence.getId(), MeetingChanged.Kind.OCCURRENCE_CHANGED, Set.of(), now);
        return entry(occurrence, user, zone);
    }

    /** Cancels one occurrence; the rest of the series stays. */
    @PreAuthorize(EDITORS)
    @Transactional
    public void cancelOccurrence(long occurrenceId) {
        PlateauUser user = CurrentUser.get();
        Occurrence occurrence = occurrences.findById(occurrenceId).orElseThrow(NotFoundException::new);
        Meeting meeting = lockEditable(occurrence.getMeeting().getId(), user);
        Instant now = clock.instant();
        if (occurrence.isCancelled()) {
            throw new DomainException("meeting.error.occurrence-cancelled");
        }
        if (occurrence.getEndsAt().isBefore(now)) {
            throw new DomainException("meeting.error.occurrence-past");
        }
        occurrence.cancel();
        meeting.touched(now);
        publish(meeting, occurrence.getId(), MeetingChanged.Kind.OCCURRENCE_CANCELLED, Set.of(), now);
    }

    /** Cancels a meeting, or a whole series, for everyone. */
    @PreAuthorize(EDITORS)
    @Transactional
    public void cancel(long meetingId) {
        PlateauUser user = CurrentUser.get();
        Meeting meeting = lockEditable(meetingId, user);
        Instant now = clock.instant();
        meeting.cancel(now);
        publish(meeting, null, MeetingChanged.Kind.CANCELLED, Set.of(), now);
    }

    /**
     * Who among the attendees is already busy at a time the draft takes, without booking anything:
     * the booking form shows it before the organiser saves.
     */
    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public List<Conflict> conflicts(MeetingDraft draft, Long meetingId) {
        PlateauUser user = CurrentUser.get();
        Person organiser = meetingId == null ? person(ownPersonId(user))
                : editable(meetings.findById(meetingId).orElseThrow(NotFoundException::new), user).getOrganiser();
        ZoneId zone = organiser.getSite().zoneId();
        Plan plan = plan(draft, organiser, zone);
        return busy(plan.invited().keySet().stream().map(Person::getId).toList(), plan.slots(),
                meetingId == null ? 0L : meetingId, zone);
    }

    // ---------------------------------------------------------------- reading

    /** The caller's meetings overlapping a period, soonest first, a page at a time. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<AgendaEntry> agenda(Instant from, Instant to, Pageable pageable) {
        PlateauUser user = CurrentUser.get();
        if (user.personId() == null) {
            return List.of();
        }
        ZoneId zone = zoneOf(user);
        return occurrences.agenda(user.personId(), from, to, pageable).stream()
                .map(row -> entry(row, user, zone)).toList();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long countAgenda(Instant from, Instant to) {
        PlateauUser user = CurrentUser.get();
        return user.personId() == null ? 0 : occurrences.countAgenda(user.personId(), from, to);
    }

    /** The caller's meetings during the week that starts on {@code monday}, for the week grid. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<AgendaEntry> week(LocalDate monday) {
        PlateauUser user = CurrentUser.get();
        if (user.personId() == null) {
            return List.of();
        }
        ZoneId zone = zoneOf(user);
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant to = monday.plusDays(7).atStartOfDay(zone).toInstant();
        return occurrences.agenda(user.personId(), from, to, PageRequest.of(0, WEEK_LIMIT)).stream()
                .map(row -> entry(row, user, zone)).toList();
    }

    /** The meetings of a team (its members attend, or its lead organises): the lead's and the manager's view. */
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SITE_MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<AgendaEntry> teamAgenda(long teamId, Instant from, Instant to, Pageable pageable) {
        PlateauUser user = CurrentUser.get();
        Team team = readableTeam(teamId, user);
        ZoneId zone = team.getSite().zoneId();
        return occurrences.teamAgenda(team.getSite().getId(), teamId, from, to, pageable).stream()
                .map(row -> entry(row, user, zone)).toList();
    }

    @PreAuthorize("hasAnyRole('TEAM_LEAD','SITE_MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public long countTeamAgenda(long teamId, Instant from, Instant to) {
        PlateauUser user = CurrentUser.get();
        Team team = readableTeam(teamId, user);
        return occurrences.countTeamAgenda(team.getSite().getId(), teamId, from, to);
    }

    /** The teams whose meetings the caller may list: those they lead, or every team of the site for a manager. */
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SITE_MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<Option> viewableTeams() {
        PlateauUser user = CurrentUser.get();
        List<Team> teams;
        if (user.has(Role.SITE_MANAGER) || user.has(Role.ADMIN)) {
            teams = entityManager.createQuery("select t from Team t where t.site.id = :site order by t.name",
                    Team.class).setParameter("site", user.siteId()).getResultList();
        } else {
            teams = entityManager.createQuery("select t from Team t where t.lead.id = :lead order by t.name",
                    Team.class).setParameter("lead", user.personId()).getResultList();
        }
        return teams.stream().map(team -> new Option(team.getId(), team.getName(), null)).toList();
    }

    /** A meeting as its detail screen shows it, to its participants and to the site's staff who oversee meetings. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public MeetingDetails get(long meetingId) {
        PlateauUser user = CurrentUser.get();
        Meeting meeting = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        checkReadable(meeting, user);
        return details(meeting, user);
    }

    /** One occurrence as the caller's agenda shows it, with the caller's own join link. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public AgendaEntry occurrence(long occurrenceId) {
        PlateauUser user = CurrentUser.get();
        Occurrence occurrence = occurrences.findById(occurrenceId).orElseThrow(NotFoundException::new);
        checkReadable(occurrence.getMeeting(), user);
        return entry(occurrence, user, occurrence.getMeeting().getOrganiser().getSite().zoneId());
    }

    /**
     * The next and last occurrences of a meeting, for its edit form: a series that already started
     * is shown from its next occurrence, so that a change of time applies from there on.
     */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public Upcoming upcoming(long meetingId) {
        PlateauUser user = CurrentUser.get();
        Meeting meeting = editable(meetings.findById(meetingId).orElseThrow(NotFoundException::new), user);
        ZoneId zone = meeting.getOrganiser().getSite().zoneId();
        Instant now = clock.instant();
        List<Occurrence> rows = occurrences.findByMeetingIdOrderByStartsAt(meetingId);
        Instant next = rows.stream().filter(o -> !o.isCancelled() && !o.getStartsAt().isBefore(now))
                .map(Occurrence::getOriginalStart).min(Comparator.naturalOrder()).orElse(null);
        Instant last = rows.stream().map(Occurrence::getOriginalStart).max(Comparator.naturalOrder()).orElse(null);
        return new Upcoming(next == null ? null : LocalDateTime.ofInstant(next, zone),
                last == null ? null : LocalDateTime.ofInstant(last, zone));
    }

    /** People of the caller's site an organiser may invite, by name, a page at a time. */
    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public List<Option> invitable(String filter, int offset, int limit) {
        PlateauUser user = CurrentUser.get();
        return entityManager.createQuery("select p from Person p left join fetch p.team where p.site.id = :site"
                        + " and p.active = true and lower(p.fullName) like :filter order by p.fullName, p.id",
                        Person.class)
                .setParameter("site", user.siteId())
                .setParameter("filter", "%" + Checks.filter(filter) + "%")
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(p -> new Option(p.getId(), p.getFullName(), p.getTeam() == null ? null : p.getTeam().getName()))
                .toList();
    }

    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public long countInvitable(String filter) {
        PlateauUser user = CurrentUser.get();
        return entityManager.createQuery("select count(p) from Person p where p.site.id = :site"
                        + " and p.active = true and lower(p.fullName) like :filter", Long.class)
                .setParameter("site", user.siteId())
                .setParameter("filter", "%" + Checks.filter(filter) + "%").getSingleResult();
    }

    /** The teams of the caller's site, with their member counts; the organiser's own team first. */
    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public List<Option> invitableTeams() {
        PlateauUser user = CurrentUser.get();
        List<Object[]> rows = entityManager.createQuery("select t.id, t.name, count(p) from Team t left join Person p"
                        + " on p.team = t and p.active = true where t.site.id = :site group by t.id, t.name"
                        + " order by t.name", Object[].class)
                .setParameter("site", user.siteId()).getResultList();
        Long own = user.personId() == null ? null : entityManager.createQuery(
                        "select t.id from Team t where t.lead.id = :lead", Long.class)
                .setParameter("lead", user.personId()).getResultStream().findFirst().orElse(null);
        return rows.stream()
                .map(row -> new Option((Long) row[0], (String) row[1], String.valueOf(row[2])))
                .sorted(Comparator.comparing((Option o) -> !Long.valueOf(o.id()).equals(own)))
                .toList();
    }

    /** Rooms where a physical meeting may be asked for. */
    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public List<Option> rooms() {
        PlateauUser user = CurrentUser.get();
        return rooms.findBySiteIdAndActiveTrueOrderByName(user.siteId()).stream()
                .map(room -> new Option(room.getId(), room.getName(), String.valueOf(room.getSanitaryCap())))
                .toList();
    }

    // ---------------------------------------------------------------- free/busy, as a booking form shows it

    /**
     * When the organiser and the people and teams chosen are taken on {@code day}, before anything is
     * saved: times only, never what they are taken by. {@code meetingId} is the meeting being edited,
     * left out of its own attendees' busy times ({@code null} for a new one).
     */
    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public FreeBusy freeBusy(LocalDate day, Set<Long> personIds, Set<Long> teamIds, Long meetingId) {
        Checks.required(day, "meetings.editor.date");
        Person organiser = person(ownPersonId(CurrentUser.get()));
        ZoneId zone = organiser.getSite().zoneId();
        List<Person> people = attendeesAndOrganiser(personIds, teamIds, organiser);
        LocalDateTime from = day.atStartOfDay();
        LocalDateTime to = day.plusDays(1).atStartOfDay();
        Map<Long, List<FreeBusy.Busy>> busy = busyTimes(people, from, to, meetingId, zone);
        return new FreeBusy(day, people.stream().map(person -> new FreeBusy.Person(person.getId(),
                person.getFullName(), person.equals(organiser), busy.getOrDefault(person.getId(), List.of()))).toList());
    }

    /**
     * The first start from {@code from}, in steps of a quarter of an hour within the working day and
     * the week ahead, at which the organiser and everyone chosen are free for {@code minutes}, and for
     * a phone meeting a bridge has lines for them all. A suggestion read without locks: booking it
     * checks everything again. Empty when the week has no such time.
     */
    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public Optional<LocalDateTime> nextFreeSlot(LocalDateTime from, int minutes, Set<Long> personIds,
            Set<Long> teamIds, MeetingMode mode, Long meetingId) {
        Checks.required(from, "meeting.start");
        if (minutes < Meeting.MIN_MINUTES || minutes > Meeting.MAX_MINUTES) {
            return Optional.empty();
        }
        Person organiser = person(ownPersonId(CurrentUser.get()));
        ZoneId zone = organiser.getSite().zoneId();
        List<Person> people = attendeesAndOrganiser(personIds, teamIds, organiser);
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        LocalDateTime first = from.isBefore(now) ? now : from;
        first = first.truncatedTo(ChronoUnit.HOURS).plusMinutes(
                (first.getMinute() + SUGGESTION_STEP_MINUTES - 1) / SUGGESTION_STEP_MINUTES * SUGGESTION_STEP_MINUTES);
        LocalDateTime last = first.toLocalDate().plusDays(SUGGESTION_DAYS).atStartOfDay();
        List<FreeBusy.Busy> taken = busyTimes(people, first, last.plusMinutes(minutes), meetingId, zone).values()
                .stream().flatMap(List::stream).toList();
        Predicate<Slot> lines = mode == MeetingMode.PHONE
                ? allocator.roomFor(organiser.getSite().getId(), people.size(),
                        first.atZone(zone).toInstant(), last.plusMinutes(minutes).atZone(zone).toInstant(),
                        meetingId == null ? 0L : meetingId)
                : slot -> true;
        for (LocalDateTime start = first; start.isBefore(last); start = start.plusMinutes(SUGGESTION_STEP_MINUTES)) {
            LocalDateTime end = start.plusMinutes(minutes);
            if (start.toLocalTime().isBefore(WORKDAY_START) || end.toLocalTime().isAfter(WORKDAY_END)
                    || !end.toLocalDate().equals(start.toLocalDate())) {
                continue;
            }
            LocalDateTime candidate = start;
            boolean free = taken.stream().noneMatch(b -> b.start().isBefore(end) && b.end().isAfter(candidate));
            Instant at = start.atZone(zone).toInstant();
            if (free && lines.test(new Slot(at, at.plus(Duration.ofMinutes(minutes))))) {
                return Optional.of(start);
            }
        }
        return Optional.empty();
    }

    private List<Person> attendeesAndOrganiser(Set<Long> personIds, Set<Long> teamIds, Person organiser) {
        List<Person> people = new ArrayList<>();
        people.add(organiser);
        resolve(personIds == null ? Set.of() : personIds, teamIds == null ? Set.of() : teamIds, organiser).keySet()
                .stream().sorted(Comparator.comparing(Person::getFullName).thenComparing(Person::getId))
                .limit(MAX_ATTENDEES).forEach(people::add);
        return people;
    }

    /** Each person's busy times over [from, to) in the site's time, merged and cut to the period. */
    private Map<Long, List<FreeBusy.Busy>> busyTimes(List<Person> people, LocalDateTime from, LocalDateTime to,
            Long meetingId, ZoneId zone) {
        List<Long> ids = people.stream().map(Person::getId).toList();
        Instant start = from.atZone(zone).toInstant();
        Instant end = to.atZone(zone).toInstant();
        long exclude = meetingId == null ? 0L : meetingId;
        List<Busy> found = new ArrayList<>(occurrences.attending(ids, start, end, exclude));
        found.addAll(occurrences.organising(ids, start, end, exclude));
        Map<Long, List<FreeBusy.Busy>> byPerson = new LinkedHashMap<>();
        found.stream().sorted(Comparator.comparing(Busy::startsAt)).forEach(busy -> {
            LocalDateTime s = LocalDateTime.ofInstant(busy.startsAt(), zone);
            LocalDateTime e = LocalDateTime.ofInstant(busy.endsAt(), zone);
            FreeBusy.Busy cut = new FreeBusy.Busy(s.isBefore(from) ? from : s, e.isAfter(to) ? to : e);
            List<FreeBusy.Busy> times = byPerson.computeIfAbsent(busy.personId(), id -> new ArrayList<>());
            FreeBusy.Busy previous = times.isEmpty() ? null : times.get(times.size() - 1);
            if (previous != null && !cut.start().isAfter(previous.end())) {
                times.set(times.size() - 1, new FreeBusy.Busy(previous.start(),
                        cut.end().isAfter(previous.end()) ? cut.end() : previous.end()));
            } else {
                times.add(cut);
            }
        });
        return byPerson;
    }

    // ---------------------------------------------------------------- checks

    private Plan plan(MeetingDraft draft, Person organiser, ZoneId zone) {
        String title = Checks.text(draft.title(), Meeting.TITLE_MAX, "meeting.title");
        String agenda = Checks.optionalText(draft.agenda(), Meeting.AGENDA_MAX, "meeting.agenda");
        MeetingMode mode = Checks.required(draft.mode(), "meeting.mode");
        Slot first = slot(draft.start(), draft.end(), zone);
        int minutes = (int) Duration.between(first.start(), first.end()).toMinutes();
        String rule = draft.recurrence().toRule(draft.start().toLocalDate(), zone);
        List<LocalDateTime> starts = Recurrence.expand(rule, draft.start().truncatedTo(ChronoUnit.MINUTES), zone);
        List<Slot> slots = starts.stream().map(local -> {
            Instant start = local.atZone(zone).toInstant();
            return new Slot(start, start.plus(Duration.ofMinutes(minutes)));
        }).toList();
        String url = mode == MeetingMode.VIDEO ? externalUrl(draft.externalUrl()) : null;
        String pin = null;
        if (mode == MeetingMode.PHONE && draft.pin() != null && !draft.pin().isBlank()) {
            pin = draft.pin().strip();
            if (!pin.matches(BridgeAllocator.PIN_PATTERN)) {
                throw new DomainException("meeting.error.pin-format");
            }
        }
        MeetingRoom room = null;
        String justification = null;
        if (mode == MeetingMode.PHYSICAL) {
            room = rooms.findById(Checks.required(draft.roomId(), "meeting.room"))
                    .filter(r -> r.getSiteId().equals(organiser.getSite().getId()))
                    .orElseThrow(NotFoundException::new);
            if (!room.isActive()) {
                throw new DomainException("meeting.error.room-inactive", room.getName());
            }
            justification = Checks.text(draft.justification(), Meeting.JUSTIFICATION_MAX, "meeting.justification");
        }
        Map<Person, Long> invited = invited(draft, organiser);
        return new Plan(title, agenda, mode, starts.get(0), minutes, rule, slots, url, invited, room, justification,
                pin);
    }

    private static Slot slot(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        Checks.required(start, "meeting.start");
        Checks.required(end, "meeting.end");
        if (!end.isAfter(start)) {
            throw new DomainException("meeting.error.end-before-start");
        }
        long minutes = Duration.between(start, end).toMinutes();
        if (minutes < Meeting.MIN_MINUTES) {
            throw new DomainException("meeting.error.too-short", Meeting.MIN_MINUTES);
        }
        if (minutes > Meeting.MAX_MINUTES) {
            throw new DomainException("meeting.error.too-long", Meeting.MAX_MINUTES / 60);
        }
        Instant from = start.truncatedTo(ChronoUnit.MINUTES).atZone(zone).toInstant();
        return new Slot(from, from.plus(Duration.ofMinutes(minutes)));
    }

    private void checkNotPast(Slot slot, Instant now) {
        if (slot.start().isBefore(now.minus(PAST_TOLERANCE))) {
            throw new DomainException("meeting.error.in-past");
        }
    }

    private static String externalUrl(String value) {
        String url = Checks.optionalText(value, Meeting.URL_MAX, "meeting.external-url");
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getHost().isBlank()) {
                throw new DomainException("meeting.error.link-not-https");
            }
        } catch (URISyntaxException malformed) {
            throw new DomainException("meeting.error.link-not-https");
        }
        return url;
    }

    /** People named and members of the teams named, now; the organiser is not their own attendee. */
    private Map<Person, Long> invited(MeetingDraft draft, Person organiser) {
        Map<Person, Long> invited = resolve(draft.personIds(), draft.teamIds(), organiser);
        if (invited.isEmpty()) {
            throw new DomainException("meeting.error.no-attendees");
        }
        if (invited.size() > MAX_ATTENDEES) {
            throw new DomainException("meeting.error.too-many-attendees", MAX_ATTENDEES);
        }
        return invited;
    }

    /** People and teams of the organiser's site resolved to people, now; ids of other sites are not found. */
    private Map<Person, Long> resolve(Set<Long> personIds, Set<Long> teamIds, Person organiser) {
        long siteId = organiser.getSite().getId();
        Map<Person, Long> invited = new LinkedHashMap<>();
        if (!teamIds.isEmpty()) {
            List<Team> teams = entityManager.createQuery("select t from Team t where t.id in :ids and t.site.id = :site",
                    Team.class).setParameter("ids", teamIds).setParameter("site", siteId).getResultList();
            if (teams.size() != teamIds.size()) {
                throw new NotFoundException();
            }
            entityManager.createQuery("select p from Person p where p.team.id in :ids and p.active = true"
                            + " order by p.fullName, p.id", Person.class)
                    .setParameter("ids", teamIds).getResultList()
                    .forEach(member -> invited.put(member, member.getTeam().getId()));
        }
        if (!personIds.isEmpty()) {
            List<Person> people = entityManager.createQuery("select p from Person p where p.id in :ids"
                            + " and p.site.id = :site order by p.fullName, p.id", Person.class)
                    .setParameter("ids", personIds).setParameter("site", siteId).getResultList();
            if (people.size() != personIds.size()) {
                throw new NotFoundException();
            }
            for (Person person : people) {
                if (!person.isActive()) {
                    throw new DomainException("meeting.error.inactive-person", person.getFullName());
                }
                invited.putIfAbsent(person, null);
            }
        }
        invited.remove(organiser);
        return invited;
    }

    private static Map<Person, Long> invitedOf(Meeting meeting) {
        Map<Person, Long> invited = new LinkedHashMap<>();
        meeting.getAttendees().forEach(a -> invited.put(a.getPerson(), a.getTeamId()));
        return invited;
    }

    /** The organiser may not be double-booked; attendees may, once the organiser has seen it. */
    private void checkAgendas(Person organiser, Plan plan, List<Slot> slots, long meetingId, boolean confirmed,
            ZoneId zone) {
        List<Conflict> own = busy(List.of(organiser.getId()), slots, meetingId, zone);
        if (!own.isEmpty()) {
            throw new DomainException("meeting.error.organiser-busy", own.get(0).meetingTitle(), own.get(0).start());
        }
        if (!confirmed) {
            List<Conflict> conflicts = busy(plan.invited().keySet().stream().map(Person::getId).toList(), slots,
                    meetingId, zone);
            if (!conflicts.isEmpty()) {
                throw new ConflictsFound(conflicts);
            }
        }
    }

    private List<Conflict> busy(Collection<Long> people, List<Slot> slots, long meetingId, ZoneId zone) {
        if (people.isEmpty() || slots.isEmpty()) {
            return List.of();
        }
        Instant from = slots.get(0).start();
        Instant to = slots.get(slots.size() - 1).end();
        List<Busy> found = new ArrayList<>(occurrences.attending(people, from, to, meetingId));
        found.addAll(occurrences.organising(people, from, to, meetingId));
        Set<String> seen = new HashSet<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (Busy busy : found) {
            if (Slot.overlapsAny(slots, busy.startsAt(), busy.endsAt())
                    && seen.add(busy.personId() + "/" + busy.meetingId() + "/" + busy.startsAt())) {
                conflicts.add(new Conflict(busy.personId(), busy.personName(), busy.meetingId(), busy.title(),
                        LocalDateTime.ofInstant(busy.startsAt(), zone), LocalDateTime.ofInstant(busy.endsAt(), zone)));
            }
        }
        conflicts.sort(Comparator.comparing(Conflict::start).thenComparing(Conflict::personName));
        return conflicts;
    }

    // ---------------------------------------------------------------- writing

    private void apply(Meeting meeting, Plan plan) {
        meeting.describe(plan.title(), plan.agenda());
        meeting.schedule(plan.firstLocal(), plan.minutes(), plan.rule());
        List<Attendee> attendees = plan.invited().entrySet().stream()
                .map(entry -> new Attendee(entry.getKey(), entry.getValue())).toList();
        meeting.invite(attendees);
        meeting.setMode(plan.mode());
    }

    /** Gives the coming occurrences what their mode needs: a video room, a bridge and PIN, a room. */
    private void equip(Meeting meeting, Plan plan, List<Occurrence> coming, Bridge keptBridge, String keptPin,
            ZoneId zone) {
        List<Occurrence> live = coming.stream().filter(o -> !o.isCancelled()).toList();
        List<Slot> slots = live.stream().map(o -> new Slot(o.getStartsAt(), o.getEndsAt())).toList();
        int participants = plan.participants();
        switch (plan.mode()) {
            case VIDEO -> {
                meeting.phone(null, null);
                meeting.physical(null, null);
                String room = meeting.getVideoRoom() == null ? video.newRoom() : meeting.getVideoRoom();
                meeting.video(room, plan.externalUrl());
                coming.forEach(o -> {
                    o.useBridge(null, null, participants);
                    o.useRoom(null);
                });
            }
            case PHONE -> {
                meeting.video(null, null);
                meeting.physical(null, null);
                coming.forEach(o -> o.useRoom(null));
                if (slots.isEmpty()) {
                    coming.forEach(o -> o.useBridge(null, null, participants));
                    return;
                }
                BridgeAllocator.Allocation allocation = allocator.allocate(meeting.getSiteId(), slots, participants,
                        meeting.getId() == null ? 0L : meeting.getId(), keptBridge == null ? null : keptBridge.getId(),
                        keptPin, plan.requestedPin(), zone);
                meeting.phone(allocation.bridge(), allocation.pin());
                coming.forEach(o -> o.useBridge(allocation.bridge().getId(), allocation.pin(), participants));
            }
            case PHYSICAL -> {
                meeting.video(null, null);
                meeting.phone(null, null);
                if (!slots.isEmpty()) {
                    roomCheck.check(plan.room(), slots, participants, meeting.getId() == null ? 0L : meeting.getId(),
                            zone);
                }
                meeting.physical(plan.room(), plan.justification());
                coming.forEach(o -> {
                    o.useBridge(null, null, participants);
                    o.useRoom(plan.room().getId());
                });
            }
            default -> throw new IllegalStateException(plan.mode().name());
        }
    }

    /**
     * The slots a new schedule gives from now on. For a series already under way, a schedule that
     * starts in the past applies to the coming occurrences only (the lead moves tomorrow's briefing
     * and the ones after it); a meeting not held yet may not be moved into the past.
     */
    private List<Slot> comingSlots(Plan plan, List<Occurrence> existing, Instant now) {
        boolean underWay = existing.stream().anyMatch(o -> o.getStartsAt().isBefore(now));
        if (!underWay) {
            checkNotPast(plan.slots().get(0), now);
            return plan.slots();
        }
        List<Slot> coming = plan.slots().stream()
                .filter(slot -> !slot.start().isBefore(now.minus(PAST_TOLERANCE))).toList();
        if (coming.isEmpty()) {
            throw new DomainException("meeting.error.in-past");
        }
        return coming;
    }

    /**
     * Replaces the coming occurrences by the new schedule's. Rows whose rule-given start stays are
     * kept (with their reminder state when their time does not change); the rest are deleted.
     */
    private List<Occurrence> regenerate(Meeting meeting, List<Occurrence> existing, List<Slot> slots, Instant now) {
        Map<Instant, Occurrence> reusable = new LinkedHashMap<>();
        List<Long> obsolete = new ArrayList<>();
        for (Occurrence occurrence : existing) {
            if (occurrence.getStartsAt().isBefore(now) && occurrence.getOriginalStart().isBefore(slots.get(0).start())) {
                continue;
            }
            reusable.put(occurrence.getOriginalStart(), occurrence);
        }
        List<Occurrence> coming = new ArrayList<>();
        for (Slot slot : slots) {
            Occurrence occurrence = reusable.remove(slot.start());
            if (occurrence == null) {
                occurrence = new Occurrence(meeting, slot.start(), slot.end());
            } else {
                occurrence.resetException();
                occurrence.move(slot.start(), slot.end());
            }
            coming.add(occurrence);
        }
        reusable.values().forEach(o -> obsolete.add(o.getId()));
        if (!obsolete.isEmpty()) {
            occurrences.deleteByIds(obsolete);
        }
        occurrences.saveAll(coming.stream().filter(o -> o.getId() == null).toList());
        return coming;
    }

    private void publish(Meeting meeting, Long occurrenceId, MeetingChanged.Kind kind, Set<Long> removed,
            Instant now) {
        events.publishEvent(new MeetingChanged(meeting.getSiteId(), meeting.getId(), occurrenceId, kind,
                meeting.participantIds(), Set.copyOf(removed), now));
    }

    // ---------------------------------------------------------------- access

    private static long ownPersonId(PlateauUser user) {
        if (user.personId() == null) {
            throw new DomainException("meeting.error.no-person");
        }
        return user.personId();
    }

    private Person person(long id) {
        Person person = entityManager.find(Person.class, id);
        if (person == null) {
            throw new NotFoundException();
        }
        CurrentUser.checkSite(person.getSite().getId());
        return person;
    }

    /** Locks the organiser's row: their bookings are checked one after another, so they cannot double-book. */
    private Person lockedPerson(long id) {
        Person person = entityManager.find(Person.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (person == null) {
            throw new NotFoundException();
        }
        CurrentUser.checkSite(person.getSite().getId());
        return person;
    }

    private Meeting lockEditable(long meetingId, PlateauUser user) {
        Meeting meeting = meetings.findLocked(meetingId).orElseThrow(NotFoundException::new);
        editable(meeting, user);
        if (!meeting.getState().isActive()) {
            throw new DomainException("meeting.error.not-editable", new app.plateau.base.Text(
                    meeting.getState().messageKey()));
        }
        return meeting;
    }

    private static Meeting editable(Meeting meeting, PlateauUser user) {
        if (!user.mayAccessSite(meeting.getSiteId())) {
            throw new NotFoundException();
        }
        if (!mayEdit(meeting, user)) {
            throw new AccessDeniedException("only the organiser or a site manager changes meeting " + meeting.getId());
        }
        return meeting;
    }

    static boolean mayEdit(Meeting meeting, PlateauUser user) {
        return user.mayAccessSite(meeting.getSiteId()) && (meeting.getOrganiser().getId().equals(user.personId())
                || user.has(Role.SITE_MANAGER) || user.has(Role.ADMIN));
    }

    static void checkReadable(Meeting meeting, PlateauUser user) {
        if (!user.mayAccessSite(meeting.getSiteId())) {
            throw new NotFoundException();
        }
        boolean overseer = user.has(Role.SITE_MANAGER) || user.has(Role.ADMIN) || user.has(Role.AUDITOR)
                || user.has(Role.TEAM_LEAD);
        if (!overseer && !meeting.participantIds().contains(user.personId())) {
            throw new NotFoundException();
        }
    }

    private Team readableTeam(long teamId, PlateauUser user) {
        Team team = entityManager.find(Team.class, teamId);
        if (team == null || !user.mayAccessSite(team.getSite().getId())) {
            throw new NotFoundException();
        }
        boolean leads = team.getLead() != null && team.getLead().getId().equals(user.personId());
        if (!leads && !user.has(Role.SITE_MANAGER) && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("team " + teamId + " is not led by the caller");
        }
        return team;
    }

    private ZoneId zoneOf(PlateauUser user) {
        Site site = user.siteId() == null ? null : entityManager.find(Site.class, user.siteId());
        return site == null ? ZoneId.of(Site.DEFAULT_TIME_ZONE) : site.zoneId();
    }

    // ---------------------------------------------------------------- views of the data

    AgendaEntry entry(Occurrence occurrence, PlateauUser user, ZoneId zone) {
        Meeting meeting = occurrence.getMeeting();
        Bridge bridge = occurrence.getBridgeId() == null ? null : entityManager.find(Bridge.class,
                occurrence.getBridgeId());
        MeetingRoom room = occurrence.getRoomId() == null ? null : entityManager.find(MeetingRoom.class,
                occurrence.getRoomId());
        return entry(new AgendaRow(occurrence.getId(), meeting.getId(), meeting.getTitle(), meeting.getMode(),
                meeting.getState(), occurrence.getStartsAt(), occurrence.getEndsAt(), meeting.getOrganiser().getId(),
                meeting.getOrganiser().getFullName(), meeting.getRecurrence(), occurrence.isModified(),
                meeting.getVideoRoom(), meeting.getExternalUrl(), bridge == null ? null : bridge.getDialIn(),
                occurrence.getPin(), room == null ? null : room.getName(), occurrence.getLineCount()), user, zone);
    }

    /** An agenda row as the reader sees it: in the site's time, with the reader's own join link. */
    AgendaEntry entry(AgendaRow row, PlateauUser user, ZoneId zone) {
        String joinUrl = null;
        if (row.mode() == MeetingMode.VIDEO) {
            if (row.externalUrl() != null) {
                joinUrl = row.externalUrl();
            } else if (user.personId() != null) {
                joinUrl = video.joinUrl(row.videoRoom(), user.personId(), user.displayName(), null, row.startsAt(),
                        row.endsAt());
            } else {
                joinUrl = video.roomUrl(row.videoRoom());
            }
        }
        return new AgendaEntry(row.occurrenceId(), row.meetingId(), row.title(), row.mode(), row.state(),
                LocalDateTime.ofInstant(row.startsAt(), zone), LocalDateTime.ofInstant(row.endsAt(), zone),
                row.organiserName(), row.organiserId().equals(user.personId()), row.recurrence() != null,
                row.modified(), joinUrl, row.dialIn(), row.pin(), row.roomName(), row.lineCount());
    }

    MeetingDetails details(Meeting meeting, PlateauUser user) {
        ZoneId zone = meeting.getOrganiser().getSite().zoneId();
        Map<Long, String> teamNames = new LinkedHashMap<>();
        Set<Long> teamIds = meeting.getAttendees().stream().map(Attendee::getTeamId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!teamIds.isEmpty()) {
            entityManager.createQuery("select t from Team t where t.id in :ids", Team.class)
                    .setParameter("ids", teamIds).getResultList()
                    .forEach(team -> teamNames.put(team.getId(), team.getName()));
        }
        List<Invitee> invitees = meeting.getAttendees().stream()
                .map(a -> new Invitee(a.getPerson().getId(), a.getPerson().getFullName(), a.getTeamId(),
                        a.getTeamId() == null ? null : teamNames.get(a.getTeamId())))
                .sorted(Comparator.comparing(Invitee::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        Bridge bridge = meeting.getBridge();
        MeetingRoom room = meeting.getRoom();
        return new MeetingDetails(meeting.getId(), meeting.getUid(), meeting.getTitle(), meeting.getAgenda(),
                meeting.getMode(), meeting.getState(), meeting.getOrganiser().getId(),
                meeting.getOrganiser().getFullName(), meeting.getFirstStartLocal(), meeting.getDurationMinutes(),
                Recurrence.parse(meeting.getRecurrence(), zone), meeting.getExternalUrl(),
                meeting.getVideoRoom() == null ? null : video.roomUrl(meeting.getVideoRoom()),
                bridge == null ? null : bridge.getName(), bridge == null ? null : bridge.getDialIn(), meeting.getPin(),
                room == null ? null : room.getId(), room == null ? null : room.getName(), meeting.getJustification(),
                meeting.getDecidedBy(), meeting.getDecidedAt(), meeting.getDenyReason(), invitees,
                Set.copyOf(teamIds), meeting.getSequence(), mayEdit(meeting, user));
    }
}
