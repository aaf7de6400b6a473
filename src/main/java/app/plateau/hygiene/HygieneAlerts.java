package app.plateau.hygiene;

import app.plateau.base.Messages;
import app.plateau.occupancy.FloorAlerts;
import app.plateau.organisation.Site;
import app.plateau.security.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the occupancy board which floors missed a hygiene round today, have an open critical
 * failure or a corrective action past its deadline. Reads rounds already created (by the rounds screen or {@link HygieneRoundsJob}): the board
 * is read on every check-in, so it must not take the locks that creating rounds takes.
 */
@Component
class HygieneAlerts implements FloorAlerts {

    private final HygieneService service;
    private final RoundRepository rounds;
    private final ActionRepository actions;

    HygieneAlerts(HygieneService service, RoundRepository rounds, ActionRepository actions) {
        this.service = service;
        this.rounds = rounds;
        this.actions = actions;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<String>> bySite(long siteId, Locale locale) {
        CurrentUser.checkSite(siteId);
        Site site = service.site(siteId);
        ZoneId zone = site.zoneId();
        LocalDate day = service.today(site);
        Instant now = Instant.now(service.clock());
        Map<Long, List<String>> alerts = new TreeMap<>();
        rounds.findScheduled(siteId, day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant())
                .stream()
                .filter(round -> round.statusAt(now, service.grace()) == RoundStatus.MISSED)
                .forEach(round -> alerts.computeIfAbsent(round.getFloorId(), floor -> new ArrayList<>())
                        .add(Messages.get(locale, "hygiene.alert.missed", round.getTemplateName(),
                                LocalTime.ofInstant(round.getScheduledAt(), zone))));
        for (CorrectiveAction action : actions.findOpen(siteId)) {
            if (action.isCritical()) {
                alerts.computeIfAbsent(action.getFloorId(), floor -> new ArrayList<>())
                        .add(Messages.get(locale, "hygiene.alert.critical", action.getItemLabel(),
                                action.getFailureNote()));
            }
            if (action.isOverdue(day)) {
                alerts.computeIfAbsent(action.getFloorId(), floor -> new ArrayList<>())
                        .add(Messages.get(locale, "hygiene.alert.overdue", action.getItemLabel(),
                                action.getDeadline()));
            }
        }
        return alerts;
    }
}
