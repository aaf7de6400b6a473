package app.plateau.occupancy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.KaribuTest;
import app.plateau.Signing;
import app.plateau.occupancy.Movement;
import app.plateau.occupancy.MovementFilter;
import app.plateau.occupancy.MovementKind;
import app.plateau.occupancy.MovementService;
import app.plateau.occupancy.PresenceService;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.security.Role;
import app.plateau.security.ui.LoginView;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;

class BoardViewTest extends KaribuTest {

    @Autowired
    private PresenceService presence;
    @Autowired
    private FloorService floors;
    @Autowired
    private MovementService history;
    @Autowired
    private Clock clock;
    private TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    private Div card(Floor floor) {
        return _get(Div.class, spec -> spec.withId("floor-" + floor.getId()));
    }

    private String shown(Floor floor, String className) {
        return _get(card(floor), Span.class, spec -> spec.withClasses(className)).getText();
    }

    private String figure(String className) {
        return _get(_get(Div.class, spec -> spec.withClasses(className)), Span.class,
                spec -> spec.withClasses("board-figure-value")).getText();
    }

    private void openBoard(Role role) {
        login(testSite.username(role));
        UI.getCurrent().navigate(BoardView.class);
    }

    private void clickIn(Floor floor, String text) {
        act(() -> _get(card(floor), Button.class, spec -> spec.withText(text)).click());
    }

    @Test
    void a_manager_sees_each_floors_presence_against_its_cap_and_the_sites_figures() {
        login(testSite.username(Role.SITE_MANAGER));
        presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        UI.getCurrent().navigate(BoardView.class);

        assertThat(shown(testSite.floor1(), "floor-count")).isEqualTo("1 / 20");
        assertThat(shown(testSite.floor1(), "floor-free")).isEqualTo("19 places libres");
        assertThat(shown(testSite.floor2(), "floor-count")).isEqualTo("0 / 30");
        assertThat(figure("figure-present")).isEqualTo("1");
        assertThat(card(testSite.floor1()).getClassNames()).contains("tone-green");
    }

    @Test
    void a_full_floor_is_shown_red_with_no_free_place() {
        Floor tiny = Fixtures.asSystem(() -> floors.save(new Floor(testSite.site(), "Plateau 9", 9, 2, 1)));
        login(testSite.username(Role.SITE_MANAGER));
        presence.checkIn(testSite.agent().getId(), tiny.getId());
        UI.getCurrent().navigate(BoardView.class);

        assertThat(card(tiny).getClassNames()).contains("floor-card", "tone-red");
        assertThat(shown(tiny, "floor-count")).isEqualTo("1 / 1");
        assertThat(shown(tiny, "floor-free")).isEqualTo("Aucune place libre");
        assertThat(_get(card(tiny), Div.class, spec -> spec.withClasses("load-bar")).getElement()
                .getAttribute("aria-valuenow")).isEqualTo("100");
    }

    @Test
    void a_closed_floor_is_marked_with_its_reason_and_can_be_reopened() {
        login(testSite.username(Role.SITE_MANAGER));
        floors.close(testSite.floor2().getId(), "Désinfection");
        UI.getCurrent().navigate(BoardView.class);

        assertThat(card(testSite.floor2()).getClassNames()).contains("floor-closed");
        assertThat(shown(testSite.floor2(), "floor-closed-reason")).isEqualTo("Fermé : Désinfection");

        clickIn(testSite.floor2(), t("board.reopen"));

        assertThat(notifications()).containsExactly("« Plateau 2 » est rouvert.");
        assertThat(card(testSite.floor2()).getClassNames()).doesNotContain("floor-closed");
        assertThat(floors.get(testSite.floor2().getId()).isOpen()).isTrue();
    }

    @Test
    void closing_a_floor_without_a_reason_is_refused_and_leaves_it_open() {
        openBoard(Role.SITE_MANAGER);
        clickIn(testSite.floor2(), t("board.close"));

        act(() -> click(t("board.close.confirm")));

        assertThat(notifications()).containsExactly("Le champ « Motif de fermeture » est obligatoire.");
        assertThat(floors.get(testSite.floor2().getId()).isOpen()).isTrue();
        assertThat(_find(TextArea.class)).hasSize(1);
    }

    @Test
    void closing_a_floor_with_a_reason_closes_it_shows_the_reason_and_journals_it() {
        openBoard(Role.SITE_MANAGER);
        clickIn(testSite.floor2(), t("board.close"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Motif de fermeture")), "Désinfection");

        act(() -> click(t("board.close.confirm")));

        assertThat(notifications()).containsExactly("« Plateau 2 » est fermé.");
        assertThat(shown(testSite.floor2(), "floor-closed-reason")).isEqualTo("Fermé : Désinfection");
        assertThat(floors.get(testSite.floor2().getId()).getClosedReason()).isEqualTo("Désinfection");
        LocalDate today = LocalDate.now(clock.withZone(testSite.site().zoneId()));
        List<Movement> lines = history.page(MovementFilter.day(testSite.site().getId(), today,
                testSite.floor2().getId(), null), PageRequest.of(0, 10));
        assertThat(lines).extracting(Movement::getKind, Movement::getDetail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MovementKind.FLOOR_CLOSED, "Désinfection"));
    }

    @Test
    void the_chart_draws_a_line_and_a_cap_for_each_floor() {
        openBoard(Role.SITE_MANAGER);

        String svg = _get(Svg.class).getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg");
        assertThat(Pattern.compile("<path class=\"series\"").matcher(svg).results().count()).isEqualTo(2);
        assertThat(Pattern.compile("<line class=\"cap\"").matcher(svg).results().count()).isEqualTo(2);
        assertThat(svg).contains("Plateau 1 (jauge 20)", "Plateau 2 (jauge 30)");
    }

    @Test
    void the_board_follows_another_users_check_in_live_and_reads_it_as_its_own_viewer() {
        openBoard(Role.SITE_MANAGER);
        assertThat(shown(testSite.floor1(), "floor-count")).isEqualTo("0 / 20");

        // The agent checks in from their own request. Push may refresh the manager's board on that
        // very thread, still signed in as the agent, who may not read the board.
        Signing.signIn(users, testSite.username(Role.AGENT));
        presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        pushRoundtrip();

        assertThat(notifications()).isEmpty();
        assertThat(shown(testSite.floor1(), "floor-count")).isEqualTo("1 / 20");
        assertThat(figure("figure-present")).isEqualTo("1");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName())
                .isEqualTo(testSite.username(Role.AGENT));
    }

    @Test
    void a_refresh_passed_on_by_a_thread_with_nobody_signed_in_still_reads_the_board() {
        openBoard(Role.AUDITOR);
        login(testSite.username(Role.SITE_MANAGER));
        presence.checkIn(testSite.lead().getId(), testSite.floor2().getId());
        // As on the broadcaster's own thread, which sends the trailing change of a burst.
        SecurityContextHolder.clearContext();
        pushRoundtrip();

        assertThat(notifications()).isEmpty();
        assertThat(shown(testSite.floor2(), "floor-count")).isEqualTo("1 / 30");
    }

    @Test
    void an_auditor_sees_the_board_but_cannot_close_or_reopen() {
        login(testSite.username(Role.SITE_MANAGER));
        floors.close(testSite.floor2().getId(), "Désinfection");
        openBoard(Role.AUDITOR);

        assertThat(shown(testSite.floor1(), "floor-count")).isEqualTo("0 / 20");
        assertThat(_find(Button.class, spec -> spec.withText(t("board.close")))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText(t("board.reopen")))).isEmpty();
    }

    @Test
    void a_global_administrator_picks_the_site_to_watch() {
        fixtures.site();
        login(fixtures.globalAdmin());
        UI.getCurrent().navigate(BoardView.class);

        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Site")), testSite.site());

        assertThat(shown(testSite.floor1(), "floor-count")).isEqualTo("0 / 20");
        assertThat(_find(Button.class, spec -> spec.withText(t("board.close")))).hasSize(2);
    }

    @Test
    void an_agent_may_not_open_the_board() {
        login(testSite.username(Role.AGENT));
        assertCannotOpen(BoardView.class);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        UI.getCurrent().navigate(BoardView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
