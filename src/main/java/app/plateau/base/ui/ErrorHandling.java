package app.plateau.base.ui;

import app.plateau.base.DatabaseStatus;
import app.plateau.base.DomainException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns what a service refused into a translated notification, so a handler needs no try/catch;
 * a database out of reach into the notice that the service is unavailable and retried
 * ({@link ServiceUnavailable}); anything unexpected is logged and shown as a generic error.
 */
@Component
public class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);
    private static final ErrorHandler HANDLER = new Handler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(HANDLER));
        // Also per UI: a session created before this listener ran (or by a test harness) gets it too.
        event.getSource().addUIInitListener(init -> init.getUI().getSession().setErrorHandler(HANDLER));
    }

    /** The message key for a failure, or {@code null} when it is not one the user caused. */
    public static String keyFor(Throwable throwable) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException) {
                return null;
            }
            if (cause instanceof AccessDeniedException) {
                return "error.access-denied";
            }
            if (cause instanceof OptimisticLockingFailureException) {
                return "error.concurrent-change";
            }
            // A unique or foreign key that a parallel request won first: the service's own check
            // saw nothing, the database refused.
            if (cause instanceof DataIntegrityViolationException) {
                return "error.conflict";
            }
        }
        return DatabaseStatus.isOutage(throwable) ? "error.unavailable.notice" : "error.unexpected";
    }

    static DomainException domainCause(Throwable throwable) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }

    /**
     * Shows a failure as the error handler would: for work that ran in the background and reports
     * back through {@code ui.access}.
     */
    public static void show(UI ui, Throwable throwable) {
        DomainException domain = domainCause(throwable);
        if (domain != null) {
            Notifications.error(ui.getTranslation(domain.getMessageKey(), domain.getArguments()));
            return;
        }
        if (DatabaseStatus.isOutage(throwable)) {
            LOG.warn("An action met the database out of reach: {}",
                    NestedExceptionUtils.getMostSpecificCause(throwable).toString());
            ServiceUnavailable.notice(ui);
            return;
        }
        String key = keyFor(throwable);
        if ("error.unexpected".equals(key)) {
            LOG.error("Unexpected error", throwable);
        }
        Notifications.error(ui.getTranslation(key));
    }

    private static final class Handler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            UI ui = UI.getCurrent();
            if (ui == null) {
                LOG.error("Error outside a UI", event.getThrowable());
                return;
            }
            show(ui, event.getThrowable());
        }
    }
}
