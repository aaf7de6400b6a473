package app.plateau.home.ui;

import app.plateau.hygiene.HygieneBroadcaster;
import app.plateau.hygiene.HygieneService;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.ui.AccountsView;
import app.plateau.organisation.ui.FloorsView;
import app.plateau.organisation.ui.PeopleView;
import app.plateau.organisation.ui.RosterImportView;
import app.plateau.organisation.ui.SitesView;
import app.plateau.organisation.ui.TeamsView;
import app.plateau.security.AccountService;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/** The administrator's start: accounts nobody can sign in with yet, and the pages that describe the site. */
@Route("admin")
@Menu(order = 0, title = "nav.start.admin", icon = "vaadin:cogs")
@RolesAllowed("ADMIN")
public class AdminStartView extends StartPage {

    private final transient AccountService accounts;
    final StartCard waiting;
    final StartCard describe;

    public AdminStartView(SiteService sites, Clock clock, AccountService accounts, HygieneService hygiene,
            HygieneBroadcaster hygieneLive) {
        super("admin", sites, clock);
        this.accounts = accounts;
        waiting = new StartCard("accounts", getTranslation("start.admin.accounts"))
                .link(getTranslation("nav.admin.accounts"), AccountsView.class);
        describe = new StartCard("describe", getTranslation(user.isGlobalAdmin() ? "start.admin.describe.sites"
                : "start.admin.describe"));
        if (user.isGlobalAdmin()) {
            describe.link(getTranslation("nav.admin.sites"), SitesView.class)
                    .link(getTranslation("nav.admin.accounts"), AccountsView.class);
            describe.show(List.of(), getTranslation("start.admin.describe.global"));
        } else {
            describe.link(getTranslation("nav.admin.floors"), FloorsView.class)
                    .link(getTranslation("nav.admin.teams"), TeamsView.class)
                    .link(getTranslation("nav.admin.people"), PeopleView.class)
                    .link(getTranslation("nav.admin.roster"), RosterImportView.class);
            describe.show(List.of(), getTranslation("start.admin.describe.site"));
        }
        cards.add(waiting, describe);
        addMyCorrectiveActions(hygiene, hygieneLive);
        refresh();
    }

    @Override
    void refresh() {
        long count = accounts.countWithoutPassword(user.siteId());
        waiting.show(count == 0 ? List.of() : List.of(StartCard.figure(String.valueOf(count),
                getTranslation("start.admin.accounts.waiting", count))), getTranslation("start.admin.accounts.none"));
    }
}
