package app.plateau.base.ui;

import app.plateau.base.DatabaseStatus;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.security.web.WebAttributes;

/**
 * What a person meets while the database is out of reach: a notice that the service is
 * unavailable and being retried, and a page that polls until it is back, instead of a blank page
 * or an "unexpected error". Nothing the person did is replayed: what failed was not saved, and
 * they do it again once told the service is back.
 */
public final class ServiceUnavailable {

    /** How often a waiting page asks whether the database is back; the answer costs no request to it. */
    static final int RETRY_MILLIS = 2000;

    private ServiceUnavailable() {
    }

    /**
     * Shows, once per page, the notice that the service is unavailable; it stays until the
     * database is back, then gives way to a short "the service is back".
     */
    static void notice(UI ui) {
        DatabaseStatus status = status(ui);
        status.markUnreachable();
        if (ComponentUtil.getData(ui, Notice.class) != null) {
            return;
        }
        Notification notice = new Notification(ui.getTranslation("error.unavailable.notice"), 0,
                Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        notice.open();
        ComponentUtil.setData(ui, Notice.class, new Notice(notice));
        retryUntilBack(ui, status, () -> {
            notice.close();
            ComponentUtil.setData(ui, Notice.class, null);
            Notifications.success(ui.getTranslation("error.unavailable.back"));
        });
    }

    /**
     * Polls the page until the database is reachable again, then runs {@code back} once and puts
     * the page's own poll interval back. Removing the registration stops waiting.
     */
    static Registration retryUntilBack(UI ui, DatabaseStatus status, Runnable back) {
        int previous = ui.getPollInterval();
        ui.setPollInterval(RETRY_MILLIS);
        Registration[] poll = new Registration[1];
        AtomicBoolean waiting = new AtomicBoolean(true);
        // Once only: a page replacing this one may have started waiting by the time this one detaches.
        Registration stop = () -> {
            if (waiting.getAndSet(false)) {
                poll[0].remove();
                ui.setPollInterval(previous);
            }
        };
        poll[0] = ui.addPollListener(event -> {
            if (status.isReachable()) {
                stop.remove();
                back.run();
            }
        });
        return stop;
    }

    /**
     * Whether the sign-in this browser was just sent back from failed because the accounts could not
     * be read: Spring Security keeps the failure in the session for the login page.
     */
    public static boolean signInMetAnOutage() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getSession() != null && DatabaseStatus.isOutage(
                (Throwable) session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION));
    }

    static DatabaseStatus status(UI ui) {
        return ui.getSession().getService().getInstantiator().getOrCreate(DatabaseStatus.class);
    }

    private record Notice(Notification notification) {
    }
}
