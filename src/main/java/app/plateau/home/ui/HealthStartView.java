package app.plateau.home.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("health")
@Menu(order = 0, title = "nav.start.health", icon = "vaadin:doctor")
@RolesAllowed("HEALTH_OFFICER")
public class HealthStartView extends StartPage {

    public HealthStartView() {
        super("health", 3);
    }
}
