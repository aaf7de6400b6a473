package app.plateau.base.ui;

import app.plateau.base.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * French unless the reader chose English: the choice is kept in a cookie so that it survives
 * signing in and out, and applied to every new UI.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "plateau-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().setLocale(fromRequest(VaadinRequest.getCurrent())));
    }

    static Locale fromRequest(VaadinRequest request) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(COOKIE) instanceof Locale chosen) {
            return chosen;
        }
        if (request != null && request.getCookies() != null) {
            return Arrays.stream(request.getCookies())
                    .filter(cookie -> COOKIE.equals(cookie.getName()))
                    .findFirst()
                    .map(cookie -> Messages.supported(Locale.forLanguageTag(cookie.getValue())))
                    .orElse(Messages.FRENCH);
        }
        return Messages.FRENCH;
    }

    /** Switches the current UI and remembers the choice for the session and the browser. */
    public static void choose(Locale locale) {
        Locale supported = Messages.supported(locale);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(COOKIE, supported);
        }
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, supported.toLanguageTag());
            cookie.setPath(request == null || request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            // Over HTTPS (also behind a TLS proxy whose forwarded scheme the server believes) the
            // cookie never travels in clear, like the session's.
            cookie.setSecure(request != null && request.isSecure());
            response.addCookie(cookie);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(supported);
        }
    }
}
