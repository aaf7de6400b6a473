package app.plateau.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.KaribuTest;
import com.vaadin.flow.server.VaadinService;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;

/** A workstation left signed in is signed out after 30 minutes, whatever the push connection does. */
class SessionSettingsTest extends KaribuTest {

    @Autowired
    private ServerProperties server;

    @Test
    void sessions_end_after_thirty_idle_minutes_and_heartbeats_do_not_keep_them_alive() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }
}
