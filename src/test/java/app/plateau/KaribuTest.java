package app.plateau;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.base.Broadcaster;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.PlateauUser;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.UtilsKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the view tests: a mocked Vaadin UI on the real Spring context, and {@link #login}
 * that signs a real account in the way the login form would leave it.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext applicationContext;
    @Autowired
    protected Fixtures fixtures;
    @Autowired
    protected AccountUserDetailsService users;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("app.plateau");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        reset();
    }

    /** A fresh browser tab: what a test that signs in several people in turn needs. */
    protected void reset() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, applicationContext, UI::new));
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    protected PlateauUser login(String username) {
        PlateauUser user = users.loadUserByUsername(username);
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.roles().stream().anyMatch(r -> r.name().equals(role)
                || r.authority().equals(role)));
        return user;
    }

    /**
     * Makes the browser window this wide for the views opened next, as a phone or a desk screen
     * reports it on attach; Karibu's own stand-in is a wide desk window.
     */
    protected void windowWidth(int width) {
        String wide = String.valueOf(width);
        UI.getCurrent().getInternals().setExtendedClientDetails(UtilsKt.createExtendedClientDetails(wide, "844",
                wide, "844", wide, "844", "0", "0", "0", "false", "Africa/Casablanca", null, "true", "3.0",
                "ROOT-1", "Linux armv8l"));
    }

    /** Navigating to a view the signed-in role may not open shows an error page instead of the view. */
    protected void assertCannotOpen(Class<? extends Component> view) {
        try {
            UI.getCurrent().navigate(view);
        } catch (RuntimeException expected) {
            // Karibu may rethrow the access denial; either way the view must not be shown.
        }
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(view);
    }

    /**
     * Runs a user action the way Vaadin does: what a listener throws goes to the session's error
     * handler, which shows the notification the user would see.
     */
    protected void act(Runnable action) {
        try {
            action.run();
        } catch (Exception e) {
            // Karibu rethrows what a ui.access task threw wrapped in a (checked) ExecutionException.
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
        MockVaadin.clientRoundtrip();
    }

    /**
     * The texts of the open notifications, including those shown while a modal dialog is open
     * (Karibu's own lookup hides components behind a modal, but a browser shows notifications above it).
     */
    protected List<String> notifications() {
        MockVaadin.clientRoundtrip();
        return descendants(UI.getCurrent())
                .filter(Notification.class::isInstance)
                .map(Notification.class::cast)
                .filter(Notification::isOpened)
                .map(KaribuTest::notificationText)
                .toList();
    }

    /** A notification's text, whether set as text or laid out with a close button (errors). */
    private static String notificationText(Notification notification) {
        String text = notification.getElement().getProperty("text");
        return text == null || text.isEmpty() ? notification.getElement().getTextRecursively() : text;
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root),
                root.getChildren().flatMap(KaribuTest::descendants));
    }

    /** Clicks the visible button that shows this text. */
    protected void click(String buttonText) {
        _click(_get(Button.class, spec -> spec.withText(buttonText)));
    }

    /** What a grid column shows, row by row, as the browser would render it. */
    protected List<String> column(Grid<?> grid, String key) {
        return IntStream.range(0, _size(grid)).mapToObj(row -> _getFormatted(grid, row, key)).toList();
    }

    /** Opens a row in its editor dialog and confirms the deletion, as a user would. */
    protected void deleteRow(Grid<?> grid, int row) {
        _clickItem(grid, row);
        click(t("common.delete"));
        act(() -> _fireConfirm(_get(ConfirmDialog.class)));
    }

    /**
     * Lets the broadcasters deliver what other users' actions published, then runs the UI's pending
     * push tasks as the browser's next round trip would: what a screen shows after a pushed refresh.
     */
    protected void pushRoundtrip() {
        Broadcaster.awaitAllIdle(Duration.ofSeconds(10));
        MockVaadin.clientRoundtrip();
    }

    /**
     * The browser's next poll, as it sends one every poll interval while the page asks for it (and
     * only then), with what it changed on the page.
     */
    protected void pollOnce() {
        UI ui = UI.getCurrent();
        assertThat(ui.getPollInterval()).as("the page polls").isPositive();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        MockVaadin.clientRoundtrip();
    }

    protected void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }


    protected String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

}
