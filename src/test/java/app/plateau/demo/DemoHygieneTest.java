package app.plateau.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Signing;
import app.plateau.hygiene.HygieneService;
import app.plateau.hygiene.HygieneTemplate;
import app.plateau.hygiene.OpenAction;
import app.plateau.hygiene.RoundLine;
import app.plateau.hygiene.RoundStatus;
import app.plateau.organisation.SiteService;
import app.plateau.security.AccountUserDetailsService;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo's hygiene block, in a database of its own. */
@SpringBootTest(properties = {
    "plateau.demo-data=true",
    "spring.datasource.url=jdbc:h2:mem:plateau-demo-hygiene;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"
})
class DemoHygieneTest {

    @Autowired
    private DemoData demoData;
    @Autowired
    private SiteService sites;
    @Autowired
    private HygieneService hygiene;
    @Autowired
    private AccountUserDetailsService users;

    @AfterEach
    void signOut() {
        Signing.signOut();
    }

    @Test
    void every_demo_floor_has_the_standard_round_at_eight_and_two_and_the_open_ones_were_done() throws Exception {
        demoData.run(null);
        Signing.signIn(users, "health");
        long siteId = users.loadUserByUsername("health").siteId();
        List<HygieneTemplate> templates = hygiene.templates(siteId);
        assertThat(templates).singleElement().satisfies(template -> {
            assertThat(template.getName()).isEqualTo("Tournée standard");
            assertThat(template.getItems()).hasSize(5);
            assertThat(template.getItems()).filteredOn(item -> item.isCritical()).hasSize(2);
        });
        List<RoundLine> today = hygiene.today(siteId);
        assertThat(today).hasSize(12);
        assertThat(today).extracting(RoundLine::time).containsOnly(LocalTime.of(8, 0), LocalTime.of(14, 0));
        long done = today.stream().filter(round -> round.status().isDone()).count();
        List<OpenAction> open = hygiene.openActions(siteId);
        if (done > 0) {
            assertThat(open).singleElement().satisfies(action -> {
                assertThat(action.failureNote()).isEqualTo("Distributeur de gel vide, rangée C");
                assertThat(action.critical()).isTrue();
                // The site manager owns it, so it is on the manager's start page.
                assertThat(action.ownerId()).isEqualTo(users.loadUserByUsername("manager").personId());
            });
        } else {
            // Started before 08:00 or after the day's end in the site's zone: no round was open to do.
            assertThat(today).extracting(RoundLine::status).doesNotContain(RoundStatus.DUE, RoundStatus.OVERDUE);
            assertThat(open).isEmpty();
        }
        assertThat(sites.accessible()).hasSize(1);
    }
}
