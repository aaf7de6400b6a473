package app.plateau.base.ui;

import app.plateau.base.DatabaseStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;

/**
 * A page that could not be opened because the database is out of reach: says so in the reader's
 * language and polls, and opens the page asked for by itself once the database is back. It has no
 * layout, since the main layout reads the database too. Any other failure is shown as Vaadin
 * shows it.
 */
@AnonymousAllowed
public class ServiceUnavailableView extends InternalServerError implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceUnavailableView.class);

    private final transient DatabaseStatus status;
    private String title = "";

    public ServiceUnavailableView(DatabaseStatus status) {
        this.status = status;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (!DatabaseStatus.isOutage(parameter.getException())) {
            return super.setErrorParameter(event, parameter);
        }
        LOG.warn("/{} could not be opened, the database is out of reach: {}", event.getLocation().getPath(),
                NestedExceptionUtils.getMostSpecificCause(parameter.getException()).toString());
        status.markUnreachable();
        title = getTranslation("error.unavailable.title");
        ProgressBar waiting = new ProgressBar();
        waiting.setIndeterminate(true);
        VerticalLayout content = new VerticalLayout(new H2(title),
                new Paragraph(getTranslation("error.unavailable.text")), waiting);
        content.addClassName("error-page");
        getElement().appendChild(content.getElement());
        UI ui = event.getUI();
        Registration retry = ServiceUnavailable.retryUntilBack(ui, status, () -> ui.refreshCurrentRoute(true));
        addDetachListener(detach -> {
            retry.remove();
            detach.unregisterListener();
        });
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
