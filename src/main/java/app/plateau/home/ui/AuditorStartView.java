package app.plateau.home.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("audit")
@Menu(order = 0, title = "nav.start.audit", icon = "vaadin:clipboard-check")
@RolesAllowed("AUDITOR")
public class AuditorStartView extends StartPage {

    public AuditorStartView() {
        super("audit", 3);
    }
}
