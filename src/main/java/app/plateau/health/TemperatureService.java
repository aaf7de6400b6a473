package app.plateau.health;

import app.plateau.base.Checks;
import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.occupancy.FloorLedger;
import app.plateau.organisation.Person;
import app.plateau.organisation.Site;
import app.plateau.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Temperature checks (charter measure 2) and the blocks they and the health officer's decisions
 * put on check-in. The health officer's alone: every read is logged in its transaction.
 */
@Service
public class TemperatureService {

    private static final String OFFICER = "hasRole('HEALTH_OFFICER')";
    /** The lowest body temperature taken as measured, in °C: below it, the value was mistyped. */
    public static final BigDecimal LOWEST = new BigDecimal("34.0");
    /** The highest body temperature taken as measured, in °C. */
    public static final BigDecimal HIGHEST = new BigDecimal("43.0");

    private final TemperatureCheckRepository checks;
    private final SymptomCaseRepository cases;
    private final HealthAccessLog accessLog;
    private final FloorLedger ledger;
    private final EntityManager entityManager;
    private final Clock clock;
    private final BigDecimal threshold;

    TemperatureService(TemperatureCheckRepository checks, SymptomCaseRepository cases, HealthAccessLog accessLog,
            FloorLedger ledger, EntityManager entityManager, Clock clock,
            @Value("${plateau.health.temperature-threshold:37.8}") BigDecimal threshold) {
        this.checks = checks;
        this.cases = cases;
        this.accessLog = accessLog;
        this.ledger = ledger;
        this.entityManager = entityManager;
        this.clock = clock;
        this.threshold = threshold;
    }

    /** The temperature at and above which a check is above the threshold, in °C. */
    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public BigDecimal threshold() {
        return threshold;
    }

    /**
     * Records a check. A cleared check keeps no value; one above the threshold needs the value (at
     * least the threshold, within {@link #LOWEST}–{@link #HIGHEST}, to the tenth of a degree), keeps it,
     * ends the person's presence at once and blocks their check-in until cleared. Returns the check's id.
     */
    @PreAuthorize(OFFICER)
    @Transactional
    public long record(long personId, CheckMoment moment, CheckResult result, BigDecimal temperature) {
        Person person = person(personId);
        Checks.required(moment, "health.check.moment");
        Checks.required(result, "health.check.result");
        String actor = CurrentUser.get().displayName();
        BigDecimal value = null;
        if (result == CheckResult.ABOVE_THRESHOLD) {
            value = plausible(Checks.required(temperature, "health.check.temperature"));
            if (value.compareTo(threshold) < 0) {
                throw new DomainException("health.error.below-threshold", value, threshold);
            }
        }
        TemperatureCheck check = checks.save(new TemperatureCheck(person, clock.instant(), moment, result,
                value, actor));
        if (result == CheckResult.ABOVE_THRESHOLD) {
            ledger.checkOutIfPresent(person);
        }
        return check.getId();
    }

    /**
     * A page of the site's checks of the day (in the site's zone), newest first; the read is logged with
     * the people on the page, so a page of N checks logs N people, whatever the day's size.
     */
    @PreAuthorize(OFFICER)
    @Transactional
    public List<CheckRow> today(long siteId, int offset, int limit) {
        Day day = today(site(siteId));
        Pageable page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit));
        List<CheckRow> rows = checks.between(siteId, day.start(), day.end(), page).stream().map(CheckRow::of)
                .toList();
        accessLog.record(siteId, HealthAccess.Action.READ, null, rows.stream().map(CheckRow::personId).toList(),
                HealthAccess.detail("checks", day.date(), rows.size()));
        return rows;
    }

    /** How many checks the site has of the day: a count names no one, so it is not a logged read. */
    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public long countToday(long siteId) {
        Day day = today(site(siteId));
        return checks.countBetween(siteId, day.start(), day.end());
    }

    /** Everyone the site's health rules keep off the floors now, by check or by decision. */
    @PreAuthorize(OFFICER)
    @Transactional
    public List<Block> blocked(long siteId) {
        LocalDate today = today(site(siteId)).date();
        List<Block> blocks = new ArrayList<>();
        checks.blocking(siteId).forEach(check -> blocks.add(new Block(Block.Kind.TEMPERATURE, check.getId(),
                check.getPerson().getId(), check.getPerson().getFullName(), check.getAt(), null)));
        cases.blocking(siteId, today).forEach(symptomCase -> blocks.add(new Block(Block.Kind.DECISION,
                symptomCase.getId(), symptomCase.getPerson().getId(), symptomCase.getPerson().getFullName(),
                symptomCase.getDecidedAt(), symptomCase.getUntil())));
        accessLog.record(siteId, HealthAccess.Action.READ, null, blocks.stream().map(Block::personId).toList(),
                HealthAccess.detail("blocked", blocks.size()));
        return blocks;
    }

    /** The health officer clears the person: the block ends now (the record stays until its retention). */
    @PreAuthorize(OFFICER)
    @Transactional
    public void lift(Block.Kind kind, long recordId) {
        String actor = CurrentUser.get().displayName();
        if (kind == Block.Kind.TEMPERATURE) {
            TemperatureCheck check = checks.findById(recordId).orElseThrow(NotFoundException::new);
            CurrentUser.checkSite(check.getSiteId());
            if (check.isBlocking()) {
                check.clear(clock.instant(), actor);
            }
        } else {
            SymptomCase symptomCase = cases.findById(recordId).orElseThrow(NotFoundException::new);
            CurrentUser.checkSite(symptomCase.getSiteId());
            symptomCase.lift(clock.instant(), actor);
        }
    }

    /** The value, to the tenth, when a body may have it: else a message, not a database error. */
    private static BigDecimal plausible(BigDecimal temperature) {
        if (temperature.compareTo(LOWEST) < 0 || temperature.compareTo(HIGHEST) > 0) {
            throw new DomainException("health.error.temperature-range", temperature, LOWEST, HIGHEST);
        }
        if (temperature.stripTrailingZeros().scale() > 1) {
            throw new DomainException("health.error.temperature-precision", temperature);
        }
        return temperature.setScale(1, RoundingMode.UNNECESSARY);
    }

    /** The site's day now, in its zone, and the instants it runs from (included) and to (excluded). */
    private record Day(LocalDate date, Instant start, Instant end) {
    }

    private Day today(Site site) {
        ZoneId zone = site.zoneId();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return new Day(today, today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private Person person(long personId) {
        Person person = entityManager.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException();
        }
        CurrentUser.checkSite(person.getSite().getId());
        return person;
    }

    private Site site(long siteId) {
        CurrentUser.checkSite(siteId);
        Site site = entityManager.find(Site.class, siteId);
        if (site == null) {
            throw new NotFoundException();
        }
        return site;
    }
}
