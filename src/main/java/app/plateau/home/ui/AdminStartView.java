package app.plateau.home.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("admin")
@Menu(order = 0, title = "nav.start.admin", icon = "vaadin:cogs")
@RolesAllowed("ADMIN")
public class AdminStartView extends StartPage {

    public AdminStartView() {
        super("admin", 3);
    }
}
