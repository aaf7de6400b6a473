package app.plateau.home.ui;

import app.plateau.hygiene.HygieneBroadcaster;
import app.plateau.hygiene.HygieneService;
import app.plateau.health.HealthDayService;
import app.plateau.meeting.AgendaEntry;
import app.plateau.meeting.MeetingBroadcaster;
import app.plateau.meeting.MeetingService;
import app.plateau.meeting.Option;
import app.plateau.meeting.ui.TeamMeetingsView;
import app.plateau.occupancy.OccupancyBroadcaster;
import app.plateau.occupancy.PresenceService;
import app.plateau.occupancy.TeamMember;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.WorkMode;
import app.plateau.transfer.TransferBroadcaster;
import app.plateau.transfer.TransferRequest;
import app.plateau.transfer.TransferService;
import app.plateau.transfer.TransferState;
import app.plateau.transfer.ui.MyFloorView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;

/**
 * The team lead's day: who of the team is on which floor, teleworking, kept from entering (never
 * why) or waiting for a move, and the team's meetings of today.
 */
@Route("lead")
@Menu(order = 0, title = "nav.start.lead", icon = "vaadin:group")
@RolesAllowed("TEAM_LEAD")
public class TeamLeadStartView extends StartPage {

    /** What a team member's line says about them now, in the order the card lists them. */
    enum Now {
        BLOCKED, ON_FLOOR, TELEWORK, NOT_ARRIVED
    }

    static final int MEETINGS_SHOWN = 12;

    private final transient PresenceService presence;
    private final transient TransferService transfers;
    private final transient HealthDayService health;
    private final transient MeetingService meetings;
    final StartCard team;
    final StartCard moves;
    final StartCard teamMeetings;

    public TeamLeadStartView(SiteService sites, Clock clock, PresenceService presence, TransferService transfers,
            HealthDayService health, MeetingService meetings, OccupancyBroadcaster occupancyLive,
            TransferBroadcaster transferLive, MeetingBroadcaster meetingLive, HygieneService hygiene,
            HygieneBroadcaster hygieneLive) {
        super("lead", sites, clock);
        this.presence = presence;
        this.transfers = transfers;
        this.health = health;
        this.meetings = meetings;
        team = new StartCard("team", getTranslation("start.lead.team"))
                .link(getTranslation("nav.my-floor"), MyFloorView.class);
        moves = new StartCard("team-moves", getTranslation("start.lead.moves"))
                .link(getTranslation("nav.my-floor"), MyFloorView.class);
        teamMeetings = new StartCard("team-meetings", getTranslation("start.lead.meetings"))
                .link(getTranslation("nav.team-meetings"), TeamMeetingsView.class);
        cards.add(team, moves, teamMeetings);
        addMyCorrectiveActions(hygiene, hygieneLive);
        live(occupancyLive.sites(), user::siteId);
        live(transferLive.sites(), user::siteId);
        live(meetingLive.sites(), user::siteId);
        refresh();
    }

    @Override
    void refresh() {
        SiteDay day = today();
        List<TeamMember> members = presence.myTeam();
        Set<Long> blocked = health.blockedInMyTeam();
        List<TransferRequest> open = transfers.openOfMyTeam();
        showTeam(day, members, blocked, open.size());
        moves.show(open.stream().map(request -> moveLine(day, request)).toList(),
                getTranslation("start.lead.moves.none"));
        Map<Long, AgendaEntry> entries = new LinkedHashMap<>();
        for (Option option : meetings.viewableTeams()) {
            meetings.teamAgenda(option.id(), day.start(), day.end(), PageRequest.of(0, MEETINGS_SHOWN)).stream()
                    .filter(entry -> entry.state().isActive())
                    .forEach(entry -> entries.putIfAbsent(entry.occurrenceId(), entry));
        }
        teamMeetings.show(entries.values().stream().sorted(Comparator.comparing(AgendaEntry::start))
                .limit(MEETINGS_SHOWN).map(entry -> meetingLine(day, entry)).toList(),
                getTranslation("start.lead.meetings.none"));
    }

    static Now now(TeamMember member, Set<Long> blocked) {
        if (blocked.contains(member.personId())) {
            return Now.BLOCKED;
        }
        if (member.present()) {
            return Now.ON_FLOOR;
        }
        return member.workMode() == WorkMode.TELEWORK ? Now.TELEWORK : Now.NOT_ARRIVED;
    }

    private void showTeam(SiteDay day, List<TeamMember> members, Set<Long> blocked, int waiting) {
        Map<Now, List<TeamMember>> byNow = new LinkedHashMap<>();
        for (Now now : Now.values()) {
            byNow.put(now, new ArrayList<>());
        }
        members.forEach(member -> byNow.get(now(member, blocked)).add(member));
        List<Div> lines = new ArrayList<>();
        if (!members.isEmpty()) {
            Div figures = new Div(
                    StartCard.figure(String.valueOf(byNow.get(Now.ON_FLOOR).size()),
                            getTranslation("start.lead.figure.on-floor", byNow.get(Now.ON_FLOOR).size())),
                    StartCard.figure(String.valueOf(byNow.get(Now.TELEWORK).size()),
                            getTranslation("start.lead.figure.telework", byNow.get(Now.TELEWORK).size())),
                    StartCard.figure(String.valueOf(byNow.get(Now.BLOCKED).size()),
                            getTranslation("start.lead.figure.blocked", byNow.get(Now.BLOCKED).size())),
                    StartCard.figure(String.valueOf(waiting), getTranslation("start.lead.figure.waiting", waiting)));
            figures.addClassName("start-figures");
            lines.add(figures);
        }
        byNow.forEach((now, group) -> group.forEach(member -> lines.add(memberLine(day, member, now))));
        team.show(lines, getTranslation("start.lead.team.none"));
    }

    private Div memberLine(SiteDay day, TeamMember member, Now now) {
        Div line = switch (now) {
            case BLOCKED -> StartCard.line(member.fullName(), getTranslation("start.lead.blocked"));
            case ON_FLOOR -> StartCard.line(member.fullName(),
                    getTranslation("start.lead.on-floor", member.floorName(), when(day, member.since())));
            case TELEWORK -> StartCard.line(member.fullName(), getTranslation("start.lead.telework"));
            case NOT_ARRIVED -> StartCard.line(member.fullName(), getTranslation("start.lead.not-arrived"));
        };
        line.addClassName("start-member-" + now.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return line;
    }

    private Div moveLine(SiteDay day, TransferRequest request) {
        String state = getTranslation(request.getState().messageKey());
        String detail = request.getState() == TransferState.PENDING
                ? getTranslation("start.lead.move.waiting", request.getFromFloor().getName(),
                        request.getToFloor().getName(), state, waited(day, request.getRequestedAt()))
                : getTranslation("start.lead.move", request.getFromFloor().getName(),
                        request.getToFloor().getName(), state);
        return StartCard.line(request.getPerson().getFullName(), detail);
    }
}
