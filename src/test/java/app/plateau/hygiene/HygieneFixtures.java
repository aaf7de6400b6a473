package app.plateau.hygiene;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Hygiene set-up for tests: the fixture site moved to a zone where it is about noon now, so that a
 * round missed, one overdue, one due and one to come all exist today whatever the hour of the run.
 */
@Component
public class HygieneFixtures {

    public static final String SURFACES = "Surfaces désinfectées";
    public static final String GEL = "Distributeurs de gel remplis";

    private final HygieneService hygiene;
    private final SiteService sites;
    private final Clock clock;

    HygieneFixtures(HygieneService hygiene, SiteService sites, Clock clock) {
        this.hygiene = hygiene;
        this.sites = sites;
        this.clock = clock;
    }

    /** Today's rounds of the site, one of each status but done, by status. */
    public record Rounds(HygieneTemplate template, Map<RoundStatus, RoundLine> byStatus) {

        public RoundLine get(RoundStatus status) {
            return byStatus.get(status);
        }
    }

    /** Moves the site to the UTC offset where it is between 12:00 and 13:00 now; returns that time to the minute. */
    public LocalTime aboutNoon(TestSite testSite) {
        int utcHour = LocalTime.now(clock.withZone(ZoneOffset.UTC)).getHour();
        ZoneOffset offset = ZoneOffset.ofHours(12 - utcHour);
        return Fixtures.asSystem(() -> {
            Site site = sites.get(testSite.site().getId());
            site.setTimeZone(offset.getId());
            sites.save(site);
            return LocalTime.now(clock.withZone(offset)).truncatedTo(ChronoUnit.MINUTES);
        });
    }

    /** The five items of the charter's standard round; surfaces and gel are critical. */
    public static List<ChecklistItem> standardItems() {
        return List.of(new ChecklistItem(SURFACES, true), new ChecklistItem(GEL, true),
                new ChecklistItem("Marquages de distance en place", false), new ChecklistItem("Aération", false),
                new ChecklistItem("Poubelles vidées", false));
    }

    /**
     * A standard template on floor 1 three hours ago (missed, as the next came), 10 minutes ago (due)
     * and in an hour (upcoming), and on floor 2 an hour ago (overdue), site time about noon.
     */
    public Rounds rounds(TestSite testSite) {
        LocalTime now = aboutNoon(testSite);
        return Fixtures.asSystem(() -> {
            HygieneTemplate template = hygiene.saveTemplate(null, testSite.site().getId(),
                    Fixtures.unique("Tournée "), standardItems());
            hygiene.setSchedule(template.getId(), List.of(testSite.floor1().getId()),
                    List.of(now.minusHours(3), now.minusMinutes(10), now.plusHours(1)));
            HygieneTemplate second = hygiene.saveTemplate(null, testSite.site().getId(),
                    template.getName() + " bis", standardItems());
            hygiene.setSchedule(second.getId(), List.of(testSite.floor2().getId()), List.of(now.minusHours(1)));
            Map<RoundStatus, RoundLine> byStatus = hygiene.today(testSite.site().getId()).stream()
                    .collect(Collectors.toMap(RoundLine::status, Function.identity()));
            return new Rounds(template, byStatus);
        });
    }

    /** Every item passes. */
    public static List<Answer> allPass() {
        return standardItems().stream().map(item -> Answer.pass()).toList();
    }
}
