package app.plateau.home.ui;

import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where sign-in lands: each role is sent on to its own start page. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    /** The start page of the most encompassing role comes first. */
    static final Map<Role, Class<? extends StartPage>> START_PAGES = new LinkedHashMap<>();

    static {
        START_PAGES.put(Role.ADMIN, AdminStartView.class);
        START_PAGES.put(Role.SITE_MANAGER, ManagerStartView.class);
        START_PAGES.put(Role.HEALTH_OFFICER, HealthStartView.class);
        START_PAGES.put(Role.AUDITOR, AuditorStartView.class);
        START_PAGES.put(Role.TEAM_LEAD, TeamLeadStartView.class);
        START_PAGES.put(Role.AGENT, AgentStartView.class);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PlateauUser user = CurrentUser.find().orElse(null);
        if (user == null) {
            return;
        }
        START_PAGES.entrySet().stream()
                .filter(entry -> user.has(entry.getKey()))
                .findFirst()
                .ifPresent(entry -> event.forwardTo(entry.getValue()));
    }
}
