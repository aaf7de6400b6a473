package app.plateau.bench.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The bare push the latency benchmark compares with: a counter set through {@code ui.access}, with
 * no service call, no query and no event in between. Exists only on the test classpath.
 */
@Route(value = "bench/push-probe", autoLayout = false)
@AnonymousAllowed
public class PushProbeView extends Div {

    private static volatile PushProbeView current;

    private final Span counter = new Span("0");
    private UI ui;

    public PushProbeView() {
        counter.setId("counter");
        add(counter);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
        current = this;
    }

    public static PushProbeView current() {
        return current;
    }

    public void push(int value) {
        ui.access(() -> counter.setText(Integer.toString(value)));
    }
}
