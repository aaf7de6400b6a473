package app.plateau.home.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("agent")
@Menu(order = 0, title = "nav.start.agent", icon = "vaadin:user")
@RolesAllowed("AGENT")
public class AgentStartView extends StartPage {

    public AgentStartView() {
        super("agent", 3);
    }
}
