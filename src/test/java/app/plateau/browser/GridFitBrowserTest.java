package app.plateau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.Signing;
import app.plateau.meeting.MeetingDraft;
import app.plateau.meeting.MeetingFixtures;
import app.plateau.meeting.MeetingMode;
import app.plateau.meeting.MeetingRoom;
import app.plateau.meeting.MeetingService;
import app.plateau.meeting.Recurrence;
import app.plateau.occupancy.PresenceService;
import app.plateau.organisation.Person;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.Role;
import app.plateau.transfer.MoveDraft;
import app.plateau.transfer.MoveReason;
import app.plateau.transfer.TransferService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The move inbox, the physical-meeting requests and the accounts: grids as a real browser lays them out at a desk's 1366 px (beside the menu) and a phone's 390 px:
 * no name, reason or header cut short with an ellipsis, and nothing pushed off the side of the grid.
 */
class GridFitBrowserTest extends BrowserTest {

    /** The texts of the grid's visible cells (headers included) that do not fit their cell and end in "…". */
    private static final String CUT_TEXTS = """
            return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content'))
                .filter(content => content.clientWidth > 0 && content.scrollWidth > content.clientWidth + 1)
                .map(content => content.textContent.trim());
            """;
    /**
     * The left edges of the header's cells and of the first row's, column by column: a column
     * width in {@code em} once made them differ, the header's type being smaller than the rows'.
     */
    private static final String LEFT_EDGES = """
            const root = arguments[0].shadowRoot;
            const row = Array.from(root.querySelectorAll('#items tr')).find(r => r.getBoundingClientRect().height > 0);
            const edges = tr => Array.from(tr.children).map(cell => cell.getBoundingClientRect())
                .filter(box => box.width > 0).map(box => Math.round(box.left));
            return [edges(root.querySelector('#header tr')), edges(row)];
            """;
    /** How many pixels of the grid's rows lie beyond its right edge, to be scrolled to. */
    private static final String OFF_THE_SIDE = """
            const table = arguments[0].shadowRoot.querySelector('#table');
            return table.scrollWidth - table.clientWidth;
            """;

    @Autowired
    private Fixtures fixtures;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private PresenceService presence;
    @Autowired
    private TransferService transfers;
    @Autowired
    private MeetingService meetings;
    @Autowired
    private MeetingFixtures meetingFixtures;

    @AfterEach
    void signOutHere() {
        Signing.signOut();
    }

    @Test
    void the_move_inbox_cuts_no_name_or_reason_at_a_desk_and_shows_each_request_whole_on_a_phone() {
        TestSite site = fixtures.site();
        Person asking = fixtures.person(site.site(), Fixtures.unique("G"), "Mohamed Abdelouahed Bouzid",
                site.team(), site.floor1());
        Signing.signIn(users, site.username(Role.SITE_MANAGER));
        presence.checkIn(asking.getId(), site.floor1().getId());
        transfers.request(new MoveDraft(asking.getId(), site.floor2().getId(), MoveReason.TRAINING,
                "Formation nouvelle campagne télécommunications", null, null));
        Signing.signOut();

        driver.manage().window().setSize(new Dimension(1366, 900));
        signIn(driver, site.username(Role.SITE_MANAGER), Fixtures.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        driver.get(url("inbox"));
        WebElement grid = rowsOf(By.cssSelector(".inbox-view vaadin-grid"), "Approuver");

        assertThat(cutTexts(grid)).as("texts cut at 1366 px").isEmpty();
        assertThat(offTheSide(grid)).as("pixels beyond the grid's edge at 1366 px").isLessThanOrEqualTo(0);
        assertHeadersAboveTheirCells(grid, "1366 px");

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(url("inbox"));
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("inbox-request")));
        grid = driver.findElement(By.cssSelector(".inbox-view vaadin-grid"));

        assertThat(card.getText()).contains("Mohamed Abdelouahed Bouzid", "Plateau 1", "Plateau 2",
                "Formation nouvelle campagne télécommunications", "Expire dans");
        assertThat(cutTexts(grid)).as("texts cut at 390 px").isEmpty();
        assertThat(offTheSide(grid)).as("pixels beyond the grid's edge at 390 px").isLessThanOrEqualTo(0);
        WebElement approve = card.findElement(By.cssSelector("vaadin-button[id^=approve-]"));
        assertThat(approve.getRect().getX() + approve.getRect().getWidth()).as("right edge of Approuver")
                .isLessThanOrEqualTo(390);
    }

    @Test
    void the_physical_meeting_requests_cut_no_title_or_justification_at_a_desk_and_fit_a_phone() {
        TestSite site = fixtures.site();
        MeetingRoom room = meetingFixtures.room(site, "Salle Anfa", 10);
        LocalDate tuesday = LocalDate.now(site.site().zoneId()).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(1);
        LocalDateTime start = tuesday.atTime(10, 0);
        Signing.signIn(users, site.username(Role.TEAM_LEAD));
        meetings.book(new MeetingDraft("Formation premiers secours et évacuation", null, start, start.plusHours(2),
                MeetingMode.VIDEO, null, Set.of(site.agent().getId()), Set.of(), Recurrence.NONE, null, null, null,
                true).inRoom(room.getId(), "Formation premiers secours : manipulation du matériel d’évacuation"));
        Signing.signOut();

        driver.manage().window().setSize(new Dimension(1366, 900));
        signIn(driver, site.username(Role.SITE_MANAGER), Fixtures.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        driver.get(url("meeting-requests"));
        WebElement grid = rowsOf(By.cssSelector(".meeting-requests-view vaadin-grid"), "Approuver");

        assertThat(cutTexts(grid)).as("texts cut at 1366 px").isEmpty();
        assertThat(offTheSide(grid)).as("pixels beyond the grid's edge at 1366 px").isLessThanOrEqualTo(0);
        assertHeadersAboveTheirCells(grid, "1366 px");

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(url("meeting-requests"));
        WebElement card = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.className("meeting-request-card")));
        grid = driver.findElement(By.cssSelector(".meeting-requests-view vaadin-grid"));

        assertThat(card.getText()).contains("Formation premiers secours et évacuation", "Salle Anfa",
                "manipulation du matériel d’évacuation", site.lead().getFullName());
        assertThat(cutTexts(grid)).as("texts cut at 390 px").isEmpty();
        assertThat(offTheSide(grid)).as("pixels beyond the grid's edge at 390 px").isLessThanOrEqualTo(0);
    }

    @Test
    void the_accounts_grid_shows_each_account_whole_on_a_phone_and_in_columns_at_a_desk() {
        TestSite site = fixtures.site();

        driver.manage().window().setSize(new Dimension(390, 844));
        signIn(driver, site.username(Role.ADMIN), Fixtures.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        driver.get(url("admin/accounts"));
        WebElement card = wait.until(browser -> browser.findElements(By.className("account-card")).stream()
                .filter(WebElement::isDisplayed)
                .filter(shown -> shown.getText().contains(site.username(Role.AGENT))).findFirst().orElse(null));
        WebElement grid = driver.findElement(By.cssSelector(".accounts-view vaadin-grid"));

        assertThat(card.getText()).contains(site.agent().getFullName(), "Agent", "Actif");
        assertThat(cutTexts(grid)).as("texts cut at 390 px").isEmpty();
        assertThat(offTheSide(grid)).as("pixels beyond the grid's edge at 390 px").isLessThanOrEqualTo(0);

        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.get(url("admin/accounts"));
        grid = rowsOf(By.cssSelector(".accounts-view vaadin-grid"), site.username(Role.AGENT));

        assertThat(driver.findElements(By.className("account-card"))).noneMatch(WebElement::isDisplayed);
        assertThat(cutTexts(grid)).as("texts cut at 1366 px").isEmpty();
        assertThat(offTheSide(grid)).as("pixels beyond the grid's edge at 1366 px").isLessThanOrEqualTo(0);
        assertHeadersAboveTheirCells(grid, "1366 px");
    }

    /** The grid once a row showing {@code text} is laid out. */
    private WebElement rowsOf(By gridLocator, String text) {
        wait.until(browser -> browser.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(content -> content.isDisplayed() && content.getText().contains(text)));
        return driver.findElement(gridLocator);
    }

    @SuppressWarnings("unchecked")
    private List<String> cutTexts(WebElement grid) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(CUT_TEXTS, grid);
    }

    /** Each column's header stands above its cells. */
    @SuppressWarnings("unchecked")
    private void assertHeadersAboveTheirCells(WebElement grid, String size) {
        List<List<Number>> edges = (List<List<Number>>) ((JavascriptExecutor) driver).executeScript(LEFT_EDGES, grid);
        assertThat(edges.get(1)).as("left edges of the first row's cells under the headers' at " + size)
                .isEqualTo(edges.get(0));
    }

    private long offTheSide(WebElement grid) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(OFF_THE_SIDE, grid)).longValue();
    }
}
