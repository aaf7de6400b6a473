package app.plateau.home.ui;

import app.plateau.hygiene.ui.MyCorrectiveActions;
import app.plateau.hygiene.HygieneBroadcaster;
import app.plateau.hygiene.HygieneService;
import app.plateau.base.Broadcaster;
import app.plateau.base.Dates;
import app.plateau.base.ui.ClockFollower;
import app.plateau.base.ui.Live;
import app.plateau.meeting.AgendaEntry;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * A role's start page: "my day" as cards, each fed by the owning feature's service, re-read when
 * that feature pushes a change. The subclasses add their cards and say what to read in {@link #refresh}.
 */
abstract class StartPage extends VerticalLayout implements HasDynamicTitle {

    private final String role;
    private final transient Clock clock;
    private final transient SiteService sites;
    private final ZoneId zone;
    protected final PlateauUser user;
    protected final Div cards = new Div();
    /** Redraws the page when a meeting's join link opens or its meeting ends, with nothing pushed. */
    private final ClockFollower clockFollower;

    StartPage(String role, SiteService sites, Clock clock) {
        this.role = role;
        this.clock = clock;
        this.sites = sites;
        this.user = CurrentUser.get();
        this.zone = user.siteId() == null ? ZoneId.of(Site.DEFAULT_TIME_ZONE) : sites.get(user.siteId()).zoneId();
        this.clockFollower = ClockFollower.follow(this, clock, this::refresh);
        addClassName("start-page");
        H2 title = new H2(getTranslation("start.hello", user.displayName()));
        title.addClassName("start-title");
        Paragraph date = new Paragraph(Dates.longDate(getLocale(), today().date()));
        date.addClassName("start-date");
        Paragraph intro = new Paragraph(getTranslation("start." + role + ".intro"));
        intro.addClassName("start-intro");
        cards.addClassName("start-cards");
        add(title, date, intro, cards);
    }

    /** Re-reads every card: when the page is built and whenever a change it listens to is pushed. */
    abstract void refresh();

    /**
     * The signed-in person's own corrective actions, as one more card: whoever owns an action sees it
     * on their first screen, whatever their role. Every start page calls this once, after its own cards.
     * An account that is not one of a site's people can own none, so it gets no card.
     */
    protected void addMyCorrectiveActions(HygieneService hygiene, HygieneBroadcaster hygieneLive) {
        if (user.personId() == null || user.siteId() == null) {
            return;
        }
        MyCorrectiveActions mine = new MyCorrectiveActions(hygiene, hygieneLive);
        mine.addClassName("start-card");
        cards.add(mine);
    }

    /**
     * Today at the viewer's site, read afresh: the site's current working period (a night shift runs past
     * midnight), or the calendar day for an account of no site. A page left open moves on with it.
     */
    SiteDay today() {
        Instant now = clock.instant();
        return user.siteId() == null ? SiteDay.calendar(zone, now)
                : SiteDay.of(zone, sites.workingPeriod(user.siteId(), now), now);
    }

    /** Re-reads the page when the broadcaster announces a change of the topic (a site, a person). */
    <K> void live(Broadcaster<K> broadcaster, Supplier<K> topic) {
        Live.refresh(this, broadcaster, topic, this::refresh);
    }

    String time(LocalDateTime dateTime) {
        return Dates.time(getLocale(), dateTime.toLocalTime());
    }

    /** A time of today as "09:10", of another day with its date. */
    String when(SiteDay day, Instant instant) {
        LocalDateTime local = day.local(instant);
        return local.toLocalDate().equals(day.date()) ? time(local) : Dates.dateTime(getLocale(), local);
    }

    /** How long something has waited, in minutes and then hours, with plurals. */
    String waited(SiteDay day, Instant since) {
        long minutes = Math.max(0, Duration.between(since, day.now()).toMinutes());
        return minutes < 60 ? getTranslation("start.waited.minutes", minutes)
                : getTranslation("start.waited.hours", minutes / 60);
    }

    /**
     * A meeting of today: its times and title, then how to join it and from when. A page left open
     * shows the join link by itself when it opens, and says the meeting is over when it ends.
     */
    Div meetingLine(SiteDay day, AgendaEntry entry) {
        String main = getTranslation("start.meeting", time(entry.start()), time(entry.end()), entry.title());
        entry.joinChangesAfter(day.localNow())
                .ifPresent(moment -> clockFollower.note(moment.atZone(day.zone()).toInstant()));
        return StartCard.line(main, howToJoin(day, entry));
    }

    private Component howToJoin(SiteDay day, AgendaEntry entry) {
        LocalDateTime now = day.localNow();
        return switch (entry.mode()) {
            case PHONE -> new Span(entry.dialIn() == null ? getTranslation("start.meeting.phone")
                    : getTranslation("meetings.dial-in", entry.dialIn(),
                            entry.pin() == null ? getTranslation("common.none") : entry.pin()));
            case PHYSICAL -> new Span(entry.roomName() == null ? getTranslation("start.meeting.physical")
                    : getTranslation("meetings.in-room", entry.roomName()));
            case VIDEO -> videoJoin(entry, now);
        };
    }

    private Component videoJoin(AgendaEntry entry, LocalDateTime now) {
        if (!now.isBefore(entry.end())) {
            return new Span(getTranslation("meetings.join.over"));
        }
        if (!entry.joinOpen(now)) {
            return new Span(getTranslation("meetings.join.from", time(entry.joinOpensAt())));
        }
        Anchor join = new Anchor(entry.joinUrl(), getTranslation("meetings.join"));
        join.setTarget(AnchorTarget.BLANK);
        join.getElement().setAttribute("rel", "noopener noreferrer");
        join.addClassName("start-join");
        return join;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("start." + role + ".title");
    }
}
