package app.plateau.home.ui;

import app.plateau.hygiene.HygieneBroadcaster;
import app.plateau.hygiene.HygieneService;
import app.plateau.meeting.AgendaEntry;
import app.plateau.meeting.MeetingBroadcaster;
import app.plateau.meeting.MeetingService;
import app.plateau.meeting.ui.MeetingsView;
import app.plateau.occupancy.OccupancyBroadcaster;
import app.plateau.occupancy.PresenceService;
import app.plateau.occupancy.Stay;
import app.plateau.organisation.SiteService;
import app.plateau.transfer.TransferBroadcaster;
import app.plateau.transfer.TransferRequest;
import app.plateau.transfer.TransferService;
import app.plateau.transfer.ui.MyFloorView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;

/** The agent's day: where they are, their open move request, and today's meetings with when to join. */
@Route("agent")
@Menu(order = 0, title = "nav.start.agent", icon = "vaadin:user")
@RolesAllowed("AGENT")
public class AgentStartView extends StartPage {

    /** More meetings than this in a day are for the meetings page. */
    static final int MEETINGS_SHOWN = 8;

    private final transient PresenceService presence;
    private final transient TransferService transfers;
    private final transient MeetingService meetings;
    final StartCard where;
    final StartCard move;
    final StartCard today;

    public AgentStartView(SiteService sites, Clock clock, PresenceService presence, TransferService transfers,
            MeetingService meetings, OccupancyBroadcaster occupancyLive, TransferBroadcaster transferLive,
            MeetingBroadcaster meetingLive, HygieneService hygiene, HygieneBroadcaster hygieneLive) {
        super("agent", sites, clock);
        this.presence = presence;
        this.transfers = transfers;
        this.meetings = meetings;
        where = new StartCard("where", getTranslation("start.agent.where"))
                .link(getTranslation("nav.my-floor"), MyFloorView.class);
        move = new StartCard("move", getTranslation("start.agent.move"))
                .link(getTranslation("nav.my-floor"), MyFloorView.class);
        today = new StartCard("meetings", getTranslation("start.meetings.today"))
                .link(getTranslation("nav.meetings"), MeetingsView.class);
        cards.add(where, move, today);
        addMyCorrectiveActions(hygiene, hygieneLive);
        live(occupancyLive.people(), user::personId);
        live(transferLive.people(), user::personId);
        live(meetingLive.people(), user::personId);
        refresh();
    }

    @Override
    void refresh() {
        SiteDay day = today();
        Long personId = user.personId();
        Optional<Stay> stay = personId == null ? Optional.empty() : presence.whereIs(personId);
        where.show(stay.map(s -> List.of(StartCard.line(s.floorName(),
                getTranslation("start.since", when(day, s.since()))))).orElse(List.of()),
                getTranslation("start.agent.where.none"));
        Optional<TransferRequest> open = personId == null ? Optional.empty() : transfers.openOf(personId);
        move.show(open.map(request -> List.of(moveLine(day, request))).orElse(List.of()),
                getTranslation("start.agent.move.none"));
        List<Div> lines = personId == null ? List.of()
                : meetings.agenda(day.start(), day.end(), PageRequest.of(0, MEETINGS_SHOWN)).stream()
                        .filter(entry -> entry.state().isActive())
                        .map((AgendaEntry entry) -> meetingLine(day, entry)).toList();
        today.show(lines, getTranslation("start.meetings.none"));
    }

    private Div moveLine(SiteDay day, TransferRequest request) {
        return StartCard.line(
                getTranslation("start.move", request.getFromFloor().getName(), request.getToFloor().getName()),
                getTranslation("start.move.state", getTranslation(request.getState().messageKey()),
                        when(day, request.getRequestedAt())));
    }
}
