package app.plateau.demo;

import app.plateau.base.DomainException;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.occupancy.PresenceService;
import app.plateau.security.CurrentUser;
import app.plateau.transfer.MoveDraft;
import app.plateau.transfer.MoveReason;
import app.plateau.transfer.TransferRequest;
import app.plateau.transfer.TransferService;
import app.plateau.transfer.TransferState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The two move requests that wait in the demo manager's inbox. A request nobody decides expires a
 * quarter of an hour after its time, so they are asked for a few hours ahead, and at every start
 * a request close to expiring (or gone) is asked again: whoever explores the demo finds them waiting.
 */
@Component
@ConditionalOnProperty(name = "plateau.demo-data", havingValue = "true")
@Order(DemoData.ORDER + 1)
class DemoMoves implements ApplicationRunner {

    /** How far ahead of the start the waiting moves are asked for. */
    static final Duration AHEAD = Duration.ofHours(3);
    /** A waiting request that may be decided for less than this is asked again. */
    static final Duration KEEP = Duration.ofHours(1);

    /** Two colleagues of the demo agent on Plateau 1, and what they ask for. */
    static final List<Wish> WISHES = List.of(
            new Wish("CSM1002", 2, MoveReason.TRAINING, "Formation nouvelle campagne"),
            // Plateau 4 is at its cap: approving this one shows the refusal.
            new Wish("CSM1003", 3, MoveReason.IT_SUPPORT, "Poste sans réseau"));

    private static final Logger LOG = LoggerFactory.getLogger(DemoMoves.class);

    private final SiteService sites;
    private final FloorService floors;
    private final PersonService people;
    private final PresenceService presence;
    private final TransferService transfers;
    private final Clock clock;

    DemoMoves(SiteService sites, FloorService floors, PersonService people, PresenceService presence,
            TransferService transfers, Clock clock) {
        this.sites = sites;
        this.floors = floors;
        this.people = people;
        this.presence = presence;
        this.transfers = transfers;
        this.clock = clock;
    }

    record Wish(String employeeNumber, int floorIndex, MoveReason reason, String text) {
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentUser.asSystem(() -> sites.accessible().stream()
                .filter(site -> DemoData.SITE_NAME.equals(site.getName())).findFirst().ifPresent(this::renew));
    }

    /** Asks again each demo request that is gone or about to expire; returns how many were asked. */
    int renew(Site site) {
        List<Floor> floorList = floors.listBySite(site.getId());
        Instant now = clock.instant();
        Instant moveAt = now.plus(AHEAD).truncatedTo(ChronoUnit.MINUTES);
        int asked = 0;
        for (Wish wish : WISHES) {
            Optional<Person> person = people.page(site.getId(), null, wish.employeeNumber(), PageRequest.of(0, 1))
                    .stream().filter(p -> wish.employeeNumber().equals(p.getEmployeeNumber())).findFirst();
            if (person.isEmpty() || floorList.size() <= wish.floorIndex()) {
                continue;
            }
            try {
                if (ask(person.get(), floorList, wish, now, moveAt)) {
                    asked++;
                }
            } catch (DomainException refused) {
                // The demo was changed by hand (floor closed, person moved): leave it as it is.
                LOG.info("Demo move of {} not renewed: {}", wish.employeeNumber(), refused.getMessage());
            }
        }
        return asked;
    }

    private boolean ask(Person person, List<Floor> floorList, Wish wish, Instant now, Instant moveAt) {
        Optional<TransferRequest> open = transfers.openOf(person.getId());
        if (open.isPresent()) {
            TransferRequest request = open.get();
            if (request.getState() != TransferState.PENDING
                    || transfers.decideBefore(request.getMoveAt()).isAfter(now.plus(KEEP))) {
                return false;
            }
            transfers.cancel(request.getId());
        }
        if (presence.whereIs(person.getId()).isEmpty()) {
            presence.checkIn(person.getId(), floorList.get(0).getId());
        }
        transfers.request(new MoveDraft(person.getId(), floorList.get(wish.floorIndex()).getId(), wish.reason(),
                wish.text(), moveAt, null));
        return true;
    }
}
