package app.plateau.operations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.base.ui.Live;
import app.plateau.occupancy.PresenceService;
import app.plateau.security.Role;
import app.plateau.transfer.ui.MyFloorView;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The figures of open screens: how many are open, and how fast a change reaches them. */
class UiMetricsTest extends KaribuTest {

    @Autowired
    MeterRegistry registry;
    @Autowired
    PresenceService presence;

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    private long deliveries(String topic) {
        Timer timer = registry.find(Live.DELIVERIES).tag("topic", topic).timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void a_change_pushed_to_an_open_page_is_counted_with_its_latency() {
        TestSite testSite = fixtures.site();
        login(testSite.username(Role.AGENT));
        UI.getCurrent().navigate(MyFloorView.class);
        MyFloorView agentView = _get(MyFloorView.class);
        long before = deliveries("occupancy-people");

        login(testSite.username(Role.TEAM_LEAD));
        presence.checkIn(testSite.agent().getId(), testSite.floor2().getId());
        pushRoundtrip();

        assertThat(_get(agentView, Span.class, spec -> spec.withClasses("where-now")).getText())
                .startsWith("Sur Plateau 2 depuis");
        Timer timer = registry.get(Live.DELIVERIES).tag("topic", "occupancy-people").timer();
        assertThat(timer.count()).isEqualTo(before + 1);
        assertThat(timer.max(TimeUnit.NANOSECONDS)).isPositive();
    }

    @Test
    void open_tabs_and_sessions_are_counted_until_they_close() throws Exception {
        double tabs = gauge(UiMetrics.TABS);
        double sessions = gauge(UiMetrics.SESSIONS);
        VaadinSession first = VaadinSession.getCurrent();

        MockVaadin.INSTANCE.createUI$karibu_testing_v10(UI::new, first);
        assertThat(gauge(UiMetrics.TABS)).isEqualTo(tabs + 1);
        first.removeUI(UI.getCurrent());
        assertThat(gauge(UiMetrics.TABS)).isEqualTo(tabs);

        reset();
        assertThat(gauge(UiMetrics.SESSIONS)).isEqualTo(sessions + 1);
        assertThat(gauge(UiMetrics.TABS)).isEqualTo(tabs + 1);

        // The first browser's session ends (it expired, or its user signed out), on another thread as
        // in a servlet container: the test's thread holds the new session, and lets go of the first
        // one, which the harness kept locked.
        if (first.hasLock()) {
            first.unlock();
        }
        CompletableFuture.runAsync(() -> {
            // A container's thread carries no Vaadin instances (this one would inherit the test's).
            CurrentInstance.clearAll();
            first.getService().fireSessionDestroy(first);
        }).get(10, TimeUnit.SECONDS);
        assertThat(gauge(UiMetrics.SESSIONS)).isEqualTo(sessions);
    }
}
