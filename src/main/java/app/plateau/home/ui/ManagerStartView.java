package app.plateau.home.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("manager")
@Menu(order = 0, title = "nav.start.manager", icon = "vaadin:building")
@RolesAllowed("SITE_MANAGER")
public class ManagerStartView extends StartPage {

    public ManagerStartView() {
        super("manager", 3);
    }
}
