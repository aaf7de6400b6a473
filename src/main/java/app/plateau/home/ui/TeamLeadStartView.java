package app.plateau.home.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("lead")
@Menu(order = 0, title = "nav.start.lead", icon = "vaadin:group")
@RolesAllowed("TEAM_LEAD")
public class TeamLeadStartView extends StartPage {

    public TeamLeadStartView() {
        super("lead", 3);
    }
}
