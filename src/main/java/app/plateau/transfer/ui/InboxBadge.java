package app.plateau.transfer.ui;

import app.plateau.base.ui.MenuBadge;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import app.plateau.transfer.TransferBroadcaster;
import app.plateau.transfer.TransferService;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The number of requests waiting beside the inbox entry, for the site's managers. */
@Component
class InboxBadge implements MenuBadge {

    private final TransferService transfers;
    private final TransferBroadcaster live;

    InboxBadge(TransferService transfers, TransferBroadcaster live) {
        this.transfers = transfers;
        this.live = live;
    }

    @Override
    public String path() {
        return InboxView.ROUTE;
    }

    @Override
    public Optional<Long> count() {
        return siteOfDecider().map(transfers::countPending);
    }

    @Override
    public Optional<Registration> onChange(Runnable changed) {
        return siteOfDecider().map(siteId -> live.sites().register(siteId, site -> changed.run()));
    }

    private static Optional<Long> siteOfDecider() {
        Optional<PlateauUser> user = CurrentUser.find();
        return user.filter(u -> u.has(Role.SITE_MANAGER) || u.has(Role.ADMIN)).map(PlateauUser::siteId);
    }
}
