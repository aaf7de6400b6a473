package app.plateau.meeting.ui;

import app.plateau.base.ui.MenuBadge;
import app.plateau.meeting.MeetingBroadcaster;
import app.plateau.meeting.PhysicalMeetingService;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The number of physical meetings waiting for a decision beside their menu entry, for the site's managers. */
@Component
class MeetingRequestsBadge implements MenuBadge {

    private final PhysicalMeetingService requests;
    private final MeetingBroadcaster live;

    MeetingRequestsBadge(PhysicalMeetingService requests, MeetingBroadcaster live) {
        this.requests = requests;
        this.live = live;
    }

    @Override
    public String path() {
        return MeetingRequestsView.ROUTE;
    }

    @Override
    public Optional<Long> count() {
        return siteOfManager().map(siteId -> requests.countPending());
    }

    @Override
    public Optional<Registration> onChange(Runnable changed) {
        return siteOfManager().map(siteId -> live.sites().register(siteId, site -> changed.run()));
    }

    private static Optional<Long> siteOfManager() {
        return CurrentUser.find().filter(user -> user.has(Role.SITE_MANAGER)).map(PlateauUser::siteId);
    }
}
