package app.plateau.hygiene;

import app.plateau.base.Checks;
import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.base.Text;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.Site;
import app.plateau.security.CurrentUser;
import app.plateau.security.PersonDirectory;
import jakarta.persistence.EntityManager;
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
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hygiene rounds: templates and their floor schedules (administrators and the health officer),
 * today's rounds and their completion (the health officer, or a site manager), corrective actions.
 * Rounds are created for a day when its rounds are first read, and by {@link HygieneRoundsJob}.
 */
@Service
public class HygieneService {

    private static final String READERS = "hasAnyRole('HEALTH_OFFICER','SITE_MANAGER','AUDITOR','ADMIN')";
    private static final String DOERS = "hasAnyRole('HEALTH_OFFICER','SITE_MANAGER')";
    private static final String EDITORS = "hasAnyRole('HEALTH_OFFICER','ADMIN')";

    private final TemplateRepository templates;
    private final ScheduleRepository schedules;
    private final RoundRepository rounds;
    private final ActionRepository actions;
    private final FloorService floors;
    private final PersonService people;
    private final PersonDirectory directory;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration grace;

    HygieneService(TemplateRepository templates, ScheduleRepository schedules, RoundRepository rounds,
            ActionRepository actions, FloorService floors, PersonService people, PersonDirectory directory,
            EntityManager entityManager,
            ApplicationEventPublisher events, Clock clock,
            @Value("${plateau.hygiene.grace:PT30M}") Duration grace) {
        this.templates = templates;
        this.schedules = schedules;
        this.rounds = rounds;
        this.actions = actions;
        this.floors = floors;
        this.people = people;
        this.directory = directory;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
        this.grace = grace;
    }

    /** How long after its time a round still counts as done on time. */
    Duration grace() {
        return grace;
    }

    // --- templates and schedules

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<HygieneTemplate> templates(long siteId) {
        CurrentUser.checkSite(siteId);
        return templates.findBySiteIdOrderByName(siteId);
    }

    /** Creates ({@code id == null}) or changes a template; rounds already done keep the items they had. */
    @PreAuthorize(EDITORS)
    @Transactional
    public HygieneTemplate saveTemplate(Long id, long siteId, String name, List<ChecklistItem> items) {
        CurrentUser.checkSite(siteId);
        String stripped = Checks.text(name, HygieneTemplate.NAME_MAX, "hygiene.template.name");
        if (items == null || items.isEmpty()) {
            throw new DomainException("hygiene.error.no-item");
        }
        if (items.size() > HygieneTemplate.ITEMS_MAX) {
            throw new DomainException("hygiene.error.too-many-items", HygieneTemplate.ITEMS_MAX);
        }
        List<ChecklistItem> checked = items.stream()
                .map(item -> new ChecklistItem(Checks.text(item.getLabel(), ChecklistItem.LABEL_MAX,
                        "hygiene.item.label"), item.isCritical()))
                .toList();
        HygieneTemplate template;
        if (id == null) {
            if (templates.existsBySiteIdAndNameIgnoreCase(siteId, stripped)) {
                throw new DomainException("hygiene.error.name-taken", stripped);
            }
            template = new HygieneTemplate(siteId, stripped);
        } else {
            template = template(id);
            if (template.getSiteId() != siteId) {
                throw new NotFoundException();
            }
            if (templates.existsBySiteIdAndNameIgnoreCaseAndIdNot(siteId, stripped, id)) {
                throw new DomainException("hygiene.error.name-taken", stripped);
            }
            template.setName(stripped);
        }
        template.setItems(checked);
        return templates.save(template);
    }

    /** Deletes a template with its schedules and its rounds: history goes with it, so it is refused once used. */
    @PreAuthorize(EDITORS)
    @Transactional
    public void deleteTemplate(long id) {
        HygieneTemplate template = template(id);
        Long used = entityManager.createQuery(
                "select count(r) from HygieneRound r where r.templateId = :id and r.completedAt is not null",
                Long.class).setParameter("id", id).getSingleResult();
        if (used > 0) {
            throw new DomainException("hygiene.error.template-used", template.getName(), used);
        }
        schedules.deleteByTemplate(id);
        entityManager.createQuery("delete from HygieneRound r where r.templateId = :id")
                .setParameter("id", id).executeUpdate();
        templates.delete(template);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ScheduleLine schedule(long templateId) {
        template(templateId);
        List<HygieneSchedule> list = schedules.findByTemplateIdOrderByFloorIdAscTimeOfDayAsc(templateId);
        return new ScheduleLine(list.stream().map(HygieneSchedule::getFloorId).distinct().toList(),
                list.stream().map(HygieneSchedule::getTimeOfDay).collect(Collectors.toCollection(TreeSet::new))
                        .stream().toList());
    }

    /**
     * Does the template on these floors at these daily times from now on, replacing its schedule.
     * Today's rounds still to come are created at once; those already created stay as they are.
     */
    @PreAuthorize(EDITORS)
    @Transactional
    public ScheduleLine setSchedule(long templateId, Collection<Long> floorIds, Collection<LocalTime> times) {
        HygieneTemplate template = template(templateId);
        long siteId = template.getSiteId();
        List<Long> siteFloors = floors.listBySite(siteId).stream().map(Floor::getId).toList();
        List<Long> chosenFloors = floorIds == null ? List.of() : floorIds.stream().distinct().toList();
        if (!siteFloors.containsAll(chosenFloors)) {
            throw new NotFoundException();
        }
        TreeSet<LocalTime> chosenTimes = new TreeSet<>();
        if (times != null) {
            times.forEach(time -> chosenTimes.add(Checks.required(time, "hygiene.schedule.times")
                    .truncatedTo(ChronoUnit.MINUTES)));
        }
        if (!chosenFloors.isEmpty() && chosenTimes.isEmpty()) {
            throw new DomainException("error.required", new Text("hygiene.schedule.times"));
        }
        schedules.deleteByTemplate(templateId);
        for (Long floorId : chosenFloors) {
            for (LocalTime time : chosenTimes) {
                schedules.save(new HygieneSchedule(templateId, floorId, time));
            }
        }
        schedules.flush();
        ensureRounds(siteId, today(site(siteId)));
        return new ScheduleLine(chosenFloors, List.copyOf(chosenTimes));
    }

    // --- rounds

    /**
     * The site's rounds of today (in its zone), by time then floor; creates those not created yet,
     * so this read may write.
     */
    @PreAuthorize(READERS)
    @Transactional
    public List<RoundLine> today(long siteId) {
        CurrentUser.checkSite(siteId);
        Site site = site(siteId);
        LocalDate day = today(site);
        ensureRounds(siteId, day);
        ZoneId zone = site.zoneId();
        Map<Long, String> names = floorNames(siteId);
        Instant now = clock.instant();
        return rounds.findScheduled(siteId, day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .map(round -> line(round, names, zone, now))
                .sorted(Comparator.comparing(RoundLine::time).thenComparing(RoundLine::floorName))
                .toList();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public RoundSheet sheet(long roundId) {
        HygieneRound round = rounds.findById(roundId).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(round.getSiteId());
        Site site = site(round.getSiteId());
        RoundLine line = line(round, floorNames(round.getSiteId()), site.zoneId(), clock.instant());
        List<ChecklistItem> items = templates.findById(round.getTemplateId())
                .map(HygieneTemplate::getItems).orElse(List.of());
        return new RoundSheet(line, items, round.getChecks(), today(site));
    }

    /**
     * Completes a round with one answer per item of its template, in order. A failed item needs a
     * note and opens a corrective action. Refused for a round already done (saying by whom), one whose
     * time has not come, or one missed. Returns the round as it now stands (on time or late).
     */
    @PreAuthorize(DOERS)
    @Transactional
    public RoundLine complete(long roundId, List<Answer> answers) {
        // Locked, so that of two people finishing the same round at once the second is told who did it.
        HygieneRound round = rounds.lockById(roundId).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(round.getSiteId());
        Site site = site(round.getSiteId());
        ZoneId zone = site.zoneId();
        if (round.getCompletedAt() != null) {
            throw new DomainException("hygiene.error.already-done", round.getCompletedBy(),
                    LocalDateTime.ofInstant(round.getCompletedAt(), zone));
        }
        Instant now = clock.instant();
        RoundStatus status = round.statusAt(now, grace);
        if (status == RoundStatus.UPCOMING) {
            throw new DomainException("hygiene.error.not-yet", LocalTime.ofInstant(round.getScheduledAt(), zone));
        }
        if (status == RoundStatus.MISSED) {
            throw new DomainException("hygiene.error.missed", LocalTime.ofInstant(round.getScheduledAt(), zone));
        }
        List<ChecklistItem> items = templates.findById(round.getTemplateId())
                .map(HygieneTemplate::getItems).orElseThrow(NotFoundException::new);
        if (answers == null || answers.size() != items.size()) {
            throw new DomainException("hygiene.error.answer-every-item");
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<CheckResult> results = new ArrayList<>();
        Map<Long, String> owners = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ChecklistItem item = items.get(i);
            Answer answer = answers.get(i);
            if (answer == null || answer.passed() == null) {
                throw new DomainException("hygiene.error.unanswered", item.getLabel());
            }
            String note = Checks.optionalText(answer.note(), CheckResult.NOTE_MAX, "hygiene.note");
            if (!answer.passed()) {
                if (note == null) {
                    throw new DomainException("hygiene.error.note-required", item.getLabel());
                }
                checkAction(answer, today);
                if (answer.ownerId() != null) {
                    owners.computeIfAbsent(answer.ownerId(), id -> ownerName(id, round.getSiteId()));
                }
            }
            results.add(new CheckResult(item.getLabel(), item.isCritical(), answer.passed(), note));
        }
        String by = CurrentUser.get().displayName();
        round.complete(results, now, by);
        rounds.saveAndFlush(round);
        for (int i = 0; i < results.size(); i++) {
            CheckResult result = results.get(i);
            if (!result.isPassed()) {
                Answer answer = answers.get(i);
                CorrectiveAction action = new CorrectiveAction(round, result, answer.action().strip(),
                        answer.deadline(), now, by);
                if (answer.ownerId() != null) {
                    action.assignOwner(answer.ownerId(), owners.get(answer.ownerId()));
                }
                actions.save(action);
            }
        }
        events.publishEvent(new HygieneChanged(round.getSiteId()));
        return line(round, floorNames(round.getSiteId()), zone, now);
    }

    private static void checkAction(Answer answer, LocalDate today) {
        Checks.text(answer.action(), CorrectiveAction.TEXT_MAX, "hygiene.action.what");
        LocalDate deadline = Checks.required(answer.deadline(), "hygiene.action.deadline");
        if (deadline.isBefore(today)) {
            throw new DomainException("hygiene.error.deadline-past", deadline);
        }
    }

    // --- corrective actions

    /** The site's open corrective actions, critical first, then by deadline. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<OpenAction> openActions(long siteId) {
        CurrentUser.checkSite(siteId);
        return open(siteId, actions.findOpen(siteId));
    }

    /**
     * The open corrective actions the signed-in person owns, soonest deadline first, for their start
     * page. Empty for an account that is not one of a site's people.
     */
    @PreAuthorize("hasAnyRole('AGENT','TEAM_LEAD','SITE_MANAGER','HEALTH_OFFICER','AUDITOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<OpenAction> myOpenActions() {
        Long personId = CurrentUser.get().personId();
        Long siteId = CurrentUser.get().siteId();
        if (personId == null || siteId == null) {
            return List.of();
        }
        return open(siteId, actions.findOpenOwnedBy(personId).stream()
                .filter(action -> action.getSiteId().equals(siteId)).toList());
    }

    /**
     * Gives an open corrective action to one of its site's people; refused, with a message that says
     * why, for a person of another site.
     */
    @PreAuthorize(DOERS)
    @Transactional
    public OpenAction setOwner(long actionId, Long personId) {
        Checks.required(personId, "hygiene.action.owner");
        CorrectiveAction action = actions.findById(actionId).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(action.getSiteId());
        if (!action.isOpen()) {
            throw new DomainException("hygiene.error.action-closed", action.getClosedBy(),
                    LocalDateTime.ofInstant(action.getClosedAt(), site(action.getSiteId()).zoneId()));
        }
        action.assignOwner(personId, ownerName(personId, action.getSiteId()));
        events.publishEvent(new HygieneChanged(action.getSiteId()));
        return open(action.getSiteId(), List.of(action)).get(0);
    }

    /** The name of a person who may own an action of the site, or a refusal if they work elsewhere. */
    private String ownerName(long personId, long siteId) {
        Long personSite = directory.siteOfPerson(personId).orElseThrow(NotFoundException::new);
        if (personSite != siteId) {
            throw new DomainException("hygiene.error.owner-other-site");
        }
        return people.get(personId).getFullName();
    }

    private List<OpenAction> open(long siteId, List<CorrectiveAction> list) {
        Site site = site(siteId);
        ZoneId zone = site.zoneId();
        LocalDate today = today(site);
        Map<Long, String> names = floorNames(siteId);
        return list.stream()
                .map(action -> new OpenAction(action.getId(), action.getFloorId(),
                        names.getOrDefault(action.getFloorId(), ""), action.getItemLabel(), action.isCritical(),
                        action.getFailureNote(), action.getActionText(), action.getOwnerPersonId(),
                        action.getOwner(), action.getDeadline(), action.isOverdue(today),
                        LocalDateTime.ofInstant(action.getOpenedAt(), zone), action.getOpenedBy()))
                .toList();
    }

    /** Closes an open corrective action with a note saying what was done. */
    @PreAuthorize(DOERS)
    @Transactional
    public CorrectiveAction closeAction(long actionId, String note) {
        CorrectiveAction action = actions.findById(actionId).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(action.getSiteId());
        String stripped = Checks.text(note, CorrectiveAction.TEXT_MAX, "hygiene.action.closing-note");
        if (!action.isOpen()) {
            throw new DomainException("hygiene.error.action-closed", action.getClosedBy(),
                    LocalDateTime.ofInstant(action.getClosedAt(), site(action.getSiteId()).zoneId()));
        }
        action.close(stripped, clock.instant(), CurrentUser.get().displayName());
        events.publishEvent(new HygieneChanged(action.getSiteId()));
        return action;
    }

    // --- helpers shared with the job, the board alerts and the statistics

    /**
     * Creates the rounds of a day at a site that do not exist yet: one per schedule, each open until
     * the next time of the same template on the same floor, or the site's end of day. Idempotent:
     * the site's schedules are locked first, so creators take turns, and the rounds already there are
     * read with a locking read, which sees the previous creator's commit.
     */
    void ensureRounds(long siteId, LocalDate day) {
        List<HygieneSchedule> list = schedules.lockBySite(siteId);
        if (list.isEmpty()) {
            return;
        }
        Site site = site(siteId);
        ZoneId zone = site.zoneId();
        Map<Long, HygieneTemplate> byId = templates.findBySiteIdOrderByName(siteId).stream()
                .collect(Collectors.toMap(HygieneTemplate::getId, Function.identity()));
        Set<List<Object>> existing = rounds.lockScheduled(siteId, day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .map(round -> List.<Object>of(round.getFloorId(), round.getTemplateId(), round.getScheduledAt()))
                .collect(Collectors.toSet());
        Map<List<Long>, List<LocalTime>> groups = new LinkedHashMap<>();
        for (HygieneSchedule schedule : list) {
            groups.computeIfAbsent(List.of(schedule.getFloorId(), schedule.getTemplateId()), key -> new ArrayList<>())
                    .add(schedule.getTimeOfDay());
        }
        groups.forEach((key, times) -> {
            long floorId = key.get(0);
            HygieneTemplate template = byId.get(key.get(1));
            List<LocalTime> sorted = times.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                LocalTime time = sorted.get(i);
                Instant scheduledAt = day.atTime(time).atZone(zone).toInstant();
                LocalDateTime closes = i + 1 < sorted.size() ? day.atTime(sorted.get(i + 1))
                        : site.getDayEnd() != null && site.getDayEnd().isAfter(time) ? day.atTime(site.getDayEnd())
                        : day.plusDays(1).atStartOfDay();
                if (!existing.contains(List.<Object>of(floorId, template.getId(), scheduledAt))) {
                    rounds.save(new HygieneRound(siteId, floorId, template, scheduledAt,
                            closes.atZone(zone).toInstant()));
                }
            }
        });
    }

    Clock clock() {
        return clock;
    }

    LocalDate today(Site site) {
        return LocalDate.ofInstant(clock.instant(), site.zoneId());
    }

    Site site(long siteId) {
        Site site = entityManager.find(Site.class, siteId);
        if (site == null) {
            throw new NotFoundException();
        }
        return site;
    }

    private Map<Long, String> floorNames(long siteId) {
        return floors.listBySite(siteId).stream().collect(Collectors.toMap(Floor::getId, Floor::getName));
    }

    private HygieneTemplate template(long id) {
        HygieneTemplate template = templates.findById(id).orElseThrow(NotFoundException::new);
        CurrentUser.checkSite(template.getSiteId());
        return template;
    }

    private RoundLine line(HygieneRound round, Map<Long, String> names, ZoneId zone, Instant now) {
        return new RoundLine(round.getId(), round.getFloorId(), names.getOrDefault(round.getFloorId(), ""),
                round.getTemplateName(), LocalTime.ofInstant(round.getScheduledAt(), zone),
                round.statusAt(now, grace), round.getCompletedBy(),
                round.getCompletedAt() == null ? null : LocalDateTime.ofInstant(round.getCompletedAt(), zone));
    }
}
