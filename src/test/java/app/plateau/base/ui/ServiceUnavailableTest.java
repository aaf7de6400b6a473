package app.plateau.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.OperationsContext;
import app.plateau.SwitchableDataSource;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The database goes away while people use Plateau: they read that the service is unavailable and
 * being retried, within the pool's connection timeout rather than a blank page, and the page comes
 * back by itself once the database does.
 */
@OperationsContext
class ServiceUnavailableTest extends KaribuTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    WebApplicationContext context;

    private SwitchableDataSource database() {
        return (SwitchableDataSource) dataSource;
    }

    @AfterEach
    void databaseBack() {
        database().up();
    }

    /** The text of the page shown (the layout around it aside). */
    private static String page() {
        return UI.getCurrent().getCurrentView().getElement().getTextRecursively();
    }

    /** The browser's next poll, as the client sends it while the poll interval is set. */
    private static void poll() {
        UI ui = UI.getCurrent();
        assertThat(ui.getPollInterval()).as("the page polls").isPositive();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        MockVaadin.clientRoundtrip();
    }

    /** Polls as the browser would, every poll interval, until the page shows what is expected. */
    private static void pollUntil(BooleanSupplier shown) {
        // In the test's own thread, which holds the mocked UI.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .until(() -> {
                    if (!shown.getAsBoolean()) {
                        poll();
                    }
                    return shown.getAsBoolean();
                });
    }

    @Test
    void a_page_opened_during_an_outage_says_the_service_is_unavailable_and_comes_back_by_itself() {
        TestSite site = fixtures.site();
        login(site.username(Role.SITE_MANAGER));
        database().down();

        try {
            UI.getCurrent().navigate("board");
        } catch (RuntimeException shownAsAnErrorToday) {
            // Today the navigation fails; the assertions below say what the person sees instead.
        }

        assertThat(page()).contains("Service momentanément indisponible", "réessaie toute seule");
        assertThat(page()).doesNotContain("Plateau 1");

        poll();
        assertThat(page()).as("still down: the page keeps waiting").contains("Service momentanément indisponible");

        database().up();
        pollUntil(() -> page().contains("Plateau 1"));
        assertThat(page()).contains("Plateau 1", "Plateau 2").doesNotContain("Service momentanément indisponible");
        assertThat(UI.getCurrent().getPollInterval()).as("no more polling once back").isNegative();
    }

    @Test
    void the_unavailable_page_speaks_the_readers_language() {
        TestSite site = fixtures.site();
        login(site.username(Role.SITE_MANAGER));
        english();
        database().down();

        try {
            UI.getCurrent().navigate("board");
        } catch (RuntimeException shownAsAnErrorToday) {
            // See above.
        }

        assertThat(page()).contains("Service temporarily unavailable", "keeps retrying");
    }

    @Test
    void an_action_during_an_outage_is_answered_with_a_notice_that_clears_when_the_service_is_back() {
        TestSite site = fixtures.site();
        login(site.username(Role.SITE_MANAGER));
        UI.getCurrent().navigate("board");
        _click(_find(Button.class, spec -> spec.withText("Fermer…")).get(0));
        _setValue(_get(TextArea.class), "Désinfection");
        database().down();

        act(() -> _click(_get(Button.class, spec -> spec.withText("Fermer le plateau"))));

        assertThat(notifications()).anySatisfy(text -> assertThat(text)
                .startsWith("Service momentanément indisponible").contains("Nouvel essai"));
        assertThat(notifications()).noneSatisfy(text -> assertThat(text).contains("erreur inattendue"));

        database().up();
        pollUntil(() -> notifications().stream().noneMatch(text -> text.contains("indisponible")));
        assertThat(notifications()).noneSatisfy(text -> assertThat(text).contains("indisponible"))
                .anySatisfy(text -> assertThat(text).contains("Le service est rétabli"));
    }

    @Test
    void signing_in_during_an_outage_says_the_service_is_unavailable_rather_than_a_wrong_password()
            throws Exception {
        TestSite site = fixtures.site();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        database().down();

        HttpSession session = mvc.perform(formLogin("/login").user(site.username(Role.AGENT))
                        .password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn().getRequest().getSession();
        // The same browser then shows the login page the sign-in was sent back to.
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(_get(LoginView.class), LoginForm.class);
        assertThat(form.isError()).isTrue();
        String shown = form.getElement().getPropertyRaw("i18n").toString();
        assertThat(shown).contains("Service momentanément indisponible").doesNotContain("mot de passe incorrect");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
    }
}
