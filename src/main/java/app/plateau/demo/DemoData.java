package app.plateau.demo;

import app.plateau.hygiene.Answer;
import app.plateau.hygiene.ChecklistItem;
import app.plateau.hygiene.HygieneService;
import app.plateau.hygiene.HygieneTemplate;
import app.plateau.hygiene.RoundLine;
import app.plateau.meeting.Bridge;
import app.plateau.meeting.BridgeService;
import app.plateau.meeting.MeetingDraft;
import app.plateau.meeting.MeetingMode;
import app.plateau.meeting.MeetingRoom;
import app.plateau.meeting.MeetingRoomService;
import app.plateau.meeting.MeetingService;
import app.plateau.meeting.Recurrence;
import app.plateau.occupancy.PresenceService;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.Team;
import app.plateau.organisation.TeamService;
import app.plateau.organisation.WorkMode;
import app.plateau.security.AccountService;
import app.plateau.security.AccountService.AccountDraft;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.CurrentUser;
import app.plateau.security.DemoPasswords;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Seeds "Casablanca Sidi Maârouf" once: 6 floors with caps at about half their positions,
 * 12 teams of 20 agents and their leads, a manager, a health officer, an auditor and the
 * demo accounts documented in the README; then, once too (also on a site seeded before meetings
 * existed), its bridges, rooms and the demo lead's meetings. It goes through the services, so it
 * obeys every rule. At every start it gives the demo accounts that have no password the documented one.
 */
@Component
@ConditionalOnProperty(name = "plateau.demo-data", havingValue = "true")
// Before the start-up check of demo passwords, which then sees the accounts made on a first start.
@Order(DemoData.ORDER)
class DemoData implements ApplicationRunner {

    static final int ORDER = DemoPasswords.ORDER - 1;

    static final String SITE_NAME = "Casablanca Sidi Maârouf";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final int[][] FLOORS = {{60, 30}, {48, 24}, {80, 40}, {72, 36}, {40, 20}, {64, 32}};
    /** How full each floor is in the demo, as a share of its cap. */
    private static final float[] FILL = {0.6f, 0.8f, 0.5f, 1.0f, 0.7f, 0.4f};
    private static final String[] TEAMS = {"Atlas", "Argan", "Oasis", "Cèdre", "Médina", "Sahara", "Rif",
        "Souss", "Anfa", "Ifrane", "Bouregreg", "Tafilalet"};
    private static final String[] FIRST_NAMES = {"Youssef", "Fatima Zahra", "Mohamed", "Khadija", "Amine",
        "Salma", "Hamza", "Imane", "Mehdi", "Sara", "Omar", "Nadia", "Anas", "Houda", "Karim", "Meryem",
        "Rachid", "Ghita", "Ayoub", "Zineb", "Hicham", "Asmae", "Yassine", "Laila", "Adil", "Hajar", "Camille",
        "Julien", "Sophie", "Nicolas", "Élodie", "Thomas", "Chloé", "Antoine", "Manon", "Hugo"};
    private static final String[] LAST_NAMES = {"El Amrani", "Benjelloun", "Alaoui", "Bennani", "Tazi",
        "El Idrissi", "Berrada", "Chraibi", "Lahlou", "Ouazzani", "Fassi Fihri", "Kettani", "Zniber", "Sqalli",
        "Bouzid", "Naciri", "El Mansouri", "Haddad", "Saidi", "Ait Ouarab", "Dubois", "Martin", "Lefèvre",
        "Moreau", "Girard", "Mercier", "Fontaine", "Rousseau", "Benali", "Cherkaoui"};

    private final SiteService sites;
    private final FloorService floors;
    private final TeamService teams;
    private final PersonService people;
    private final AccountService accounts;
    private final DemoPasswords demoPasswords;
    private final PresenceService presence;
    private final BridgeService bridges;
    private final MeetingRoomService rooms;
    private final MeetingService meetings;
    private final AccountUserDetailsService users;
    private final HygieneService hygiene;
    static final String HYGIENE_TEMPLATE = "Tournée standard";

    DemoData(SiteService sites, FloorService floors, TeamService teams, PersonService people,
            AccountService accounts, DemoPasswords demoPasswords, PresenceService presence,
            BridgeService bridges, MeetingRoomService rooms, MeetingService meetings,
            AccountUserDetailsService users, HygieneService hygiene) {
        this.hygiene = hygiene;
        this.bridges = bridges;
        this.rooms = rooms;
        this.meetings = meetings;
        this.users = users;
        this.presence = presence;
        this.sites = sites;
        this.floors = floors;
        this.teams = teams;
        this.people = people;
        this.accounts = accounts;
        this.demoPasswords = demoPasswords;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentUser.asSystem(() -> {
            Site site = sites.accessible().stream().filter(existing -> SITE_NAME.equals(existing.getName()))
                    .findFirst().orElseGet(this::seed);
            if (bridges.count(site.getId()) == 0) {
                seedMeetings(site);
            }
            if (hygiene.templates(site.getId()).stream().noneMatch(t -> HYGIENE_TEMPLATE.equals(t.getName()))) {
                seedHygiene(site);
            }
            // Also after a start without demo data, which took the demo passwords away.
            DemoPasswords.USERNAMES.forEach(demoPasswords::giveDemoPassword);
        });
    }

    private Site seed() {
        long started = System.nanoTime();
        Site site = sites.save(new Site(SITE_NAME, "Casablanca"));
        List<Floor> floorList = new ArrayList<>();
        for (int i = 0; i < FLOORS.length; i++) {
            floorList.add(floors.save(new Floor(site, "Plateau " + (i + 1), i + 1, FLOORS[i][0], FLOORS[i][1])));
        }
        int number = 1000;
        int nameIndex = 0;
        Person firstAgent = null;
        Person firstLead = null;
        List<List<Person>> onSiteByFloor = new ArrayList<>();
        floorList.forEach(floor -> onSiteByFloor.add(new ArrayList<>()));
        for (int t = 0; t < TEAMS.length; t++) {
            Floor homeFloor = floorList.get(t / 2);
            Team team = new Team(site, "Équipe " + TEAMS[t]);
            team.setHomeFloor(homeFloor);
            team = teams.save(team);
            Person lead = people.save(person(site, number++, nameIndex++, team, homeFloor, WorkMode.ON_SITE));
            team.setLead(lead);
            teams.save(team);
            if (firstLead == null) {
                firstLead = lead;
            } else {
                onSiteByFloor.get(t / 2).add(lead);
            }
            for (int a = 0; a < 20; a++) {
                WorkMode mode = a % 7 == 3 ? WorkMode.TELEWORK : a % 4 == 1 ? WorkMode.HYBRID : WorkMode.ON_SITE;
                Person agent = people.save(person(site, number++, nameIndex++, team, homeFloor, mode));
                if (firstAgent == null) {
                    firstAgent = agent;
                } else if (mode != WorkMode.TELEWORK) {
                    onSiteByFloor.get(t / 2).add(agent);
                }
            }
        }
        Person manager = people.save(person(site, number++, nameIndex++, null, floorList.get(0), WorkMode.ON_SITE));
        Person health = people.save(person(site, number++, nameIndex++, null, floorList.get(0), WorkMode.ON_SITE));

        account("agent", firstAgent, site, EnumSet.of(Role.AGENT));
        account("lead", firstLead, site, EnumSet.of(Role.TEAM_LEAD, Role.AGENT));
        account("manager", manager, site, EnumSet.of(Role.SITE_MANAGER));
        account("health", health, site, EnumSet.of(Role.HEALTH_OFFICER));
        accounts.create(new AccountDraft("auditor", "Inès Auditrice", site.getId(), null, EnumSet.of(Role.AUDITOR)),
                null);
        accounts.create(new AccountDraft("admin", "Administrateur Plateau", null, null, EnumSet.of(Role.ADMIN)),
                null);
        int present = checkIn(floorList, onSiteByFloor);
        LOG.info("Seeded the demo site \"{}\" with {} people checked in, in {} ms", SITE_NAME, present,
                (System.nanoTime() - started) / 1_000_000);
        return site;
    }

    /**
     * Two bridges and two rooms, and the demo lead's meetings: the weekday video briefing with their
     * team at 08:45 and a weekly phone quality point on Thursdays, both for three months, and a
     * request for a first-aid training in a room that waits for the manager.
     */
    private void seedMeetings(Site site) {
        bridges.save(new Bridge(site.getId(), "Pont Casablanca 1", "+212 5 22 58 40 10", 30));
        bridges.save(new Bridge(site.getId(), "Pont Casablanca 2", "+212 5 22 58 40 20", 20));
        rooms.save(new MeetingRoom(site.getId(), "Salle Atlas", 6));
        MeetingRoom anfa = rooms.save(new MeetingRoom(site.getId(), "Salle Anfa", 10));

        long leadId = users.loadUserByUsername("lead").personId();
        Long managerId = users.loadUserByUsername("manager").personId();
        long teamId = teams.listBySite(site.getId()).stream()
                .filter(team -> team.getLead() != null && team.getLead().getId().equals(leadId))
                .findFirst().orElseThrow().getId();
        List<Long> agents = people.page(site.getId(), teamId, "", PageRequest.of(0, 6)).stream()
                .map(Person::getId).filter(id -> id != leadId).limit(5).toList();

        ZonedDateTime now = ZonedDateTime.now(site.zoneId());
        LocalDate today = now.toLocalDate();
        LocalDate until = today.plusMonths(3);
        LocalTime briefing = LocalTime.of(8, 45);
        LocalDate nextBriefing = now.toLocalTime().isBefore(briefing) ? today : today.plusDays(1);
        // A weekday series starts on a working day: after Friday's briefing, the next one is Monday's.
        LocalDate firstBriefing = switch (nextBriefing.getDayOfWeek()) {
            case SATURDAY -> nextBriefing.plusDays(2);
            case SUNDAY -> nextBriefing.plusDays(1);
            default -> nextBriefing;
        };
        LocalDate firstThursday = today.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        LocalDate nextTuesday = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        Set<Long> quality = new HashSet<>(agents);
        if (managerId != null) {
            quality.add(managerId);
        }
        asUser("lead", () -> {
            meetings.book(new MeetingDraft("Briefing quotidien",
                    "Objectifs du jour, consignes sanitaires, points d’attention.", firstBriefing.atTime(briefing),
                    firstBriefing.atTime(briefing).plusMinutes(15), MeetingMode.VIDEO, null, Set.of(),
                    Set.of(teamId), Recurrence.weekdays(until), null, null, null, true));
            LocalDateTime qualityStart = firstThursday.atTime(14, 0);
            meetings.book(new MeetingDraft("Point qualité", "Écoutes de la semaine et plan d’action.", qualityStart,
                    qualityStart.plusMinutes(30), MeetingMode.PHONE, null, quality, Set.of(),
                    new Recurrence(Recurrence.Repeat.WEEKLY, Set.of(DayOfWeek.THURSDAY), until, null), null, null,
                    null, true));
            LocalDateTime training = nextTuesday.atTime(10, 0);
            return meetings.book(new MeetingDraft("Formation premiers secours",
                    "Gestes de premiers secours sur mannequin et défibrillateur.", training, training.plusHours(2),
                    MeetingMode.PHYSICAL, null, Set.copyOf(agents), Set.of(), Recurrence.NONE, null, anfa.getId(),
                    "Formation premiers secours : manipulation du matériel", true));
        });
        LOG.info("Seeded the demo bridges, rooms and meetings of \"{}\"", site.getName());
    }

    /**
     * The charter's standard hygiene round on every floor at 08:00 and 14:00. The health officer has
     * done the rounds open at start-up on the first floors: one with the gel dispenser of row C empty
     * (its corrective action stays open, owned by the site manager, so the board shows the critical
     * failure and the manager finds it on the start page), the next with every
     * item passed, late or on time as the clock says. Before 08:00 no round is open yet: none is done.
     */
    private void seedHygiene(Site site) {
        HygieneTemplate template = hygiene.saveTemplate(null, site.getId(), HYGIENE_TEMPLATE, List.of(
                new ChecklistItem("Surfaces désinfectées", true),
                new ChecklistItem("Distributeurs de gel remplis", true),
                new ChecklistItem("Marquages de distance en place", false),
                new ChecklistItem("Aération des locaux", false),
                new ChecklistItem("Poubelles vidées", false)));
        hygiene.setSchedule(template.getId(), floors.listBySite(site.getId()).stream().map(Floor::getId).toList(),
                List.of(LocalTime.of(8, 0), LocalTime.of(14, 0)));
        asUser("health", () -> {
            List<RoundLine> open = hygiene.today(site.getId()).stream()
                    .filter(round -> round.status().isOpen()).toList();
            for (int i = 0; i < Math.min(2, open.size()); i++) {
                List<Answer> answers = new ArrayList<>(Collections.nCopies(5, Answer.pass()));
                if (i == 0) {
                    answers.set(1, Answer.fail("Distributeur de gel vide, rangée C",
                            "Remplir le distributeur et vérifier la réserve",
                            users.loadUserByUsername("manager").personId(), LocalDate.now(site.zoneId()).plusDays(1)));
                }
                hygiene.complete(open.get(i).id(), answers);
            }
            return null;
        });
    }

    /** Runs work as a demo account: a meeting is booked by its organiser, never by the system. */
    private <T> T asUser(String username, Supplier<T> work) {
        PlateauUser user = users.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Checks agents in on their home floors, each floor to its own share of its cap: Plateau 4 is
     * full, so a newcomer meets the refusal with its counts. The demo agent and lead stay out, to
     * check in themselves. Two colleagues of the demo agent ask for moves for the inbox (DemoMoves).
     */
    private int checkIn(List<Floor> floorList, List<List<Person>> onSiteByFloor) {
        int present = 0;
        for (int f = 0; f < floorList.size(); f++) {
            Floor floor = floorList.get(f);
            int target = Math.round(floor.getSanitaryCap() * FILL[f]);
            List<Person> candidates = onSiteByFloor.get(f);
            for (int i = 0; i < target && i < candidates.size(); i++) {
                presence.checkIn(candidates.get(i).getId(), floor.getId());
                present++;
            }
        }
        // The first two of Plateau 1 ask for moves, timed later in the day: see DemoMoves.
        return present;
    }

    private void account(String username, Person person, Site site, EnumSet<Role> roles) {
        accounts.create(new AccountDraft(username, person.getFullName(), site.getId(), person.getId(), roles), null);
    }

    private static Person person(Site site, int number, int nameIndex, Team team, Floor homeFloor, WorkMode mode) {
        String first = FIRST_NAMES[nameIndex % FIRST_NAMES.length];
        String last = LAST_NAMES[(nameIndex * 7 + nameIndex / FIRST_NAMES.length) % LAST_NAMES.length];
        Person person = new Person(site, "CSM" + number, first + " " + last);
        String mail = (first + "." + last).toLowerCase(Locale.ROOT)
                .replace(' ', '-')
                .replaceAll("[éèê]", "e").replaceAll("[ô]", "o").replaceAll("[ï]", "i");
        person.setEmail(mail + "." + number + "@sidimaarouf.example.ma");
        person.setPhone(String.format("+212 6%02d %02d %02d %02d", number % 100, number / 100 % 100, 10 + nameIndex % 90,
                number % 89));
        person.setTeam(team);
        person.setHomeFloor(homeFloor);
        person.setWorkMode(mode);
        return person;
    }
}
