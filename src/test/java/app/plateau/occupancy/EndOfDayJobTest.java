package app.plateau.occupancy;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.SignedInServiceTest;
import app.plateau.organisation.Floor;
import app.plateau.organisation.Person;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.WorkingPeriod;
import app.plateau.security.Role;
import app.plateau.transfer.MoveDraft;
import app.plateau.transfer.MoveReason;
import app.plateau.transfer.TransferRequest;
import app.plateau.transfer.TransferService;
import app.plateau.transfer.TransferState;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The end-of-day check-out: whoever is still on a floor from before the site's day end is checked
 * out by Plateau, and their open move ends with their stay. Stays are moved back in time in the
 * database, since the job compares their start with the day end.
 */
@Tag("mariadb")
class EndOfDayJobTest extends SignedInServiceTest {

    @Autowired
    private EndOfDayJob job;
    @Autowired
    private PresenceService presence;
    @Autowired
    private TransferService transfers;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private SiteService sites;

    @Test
    void a_stay_begun_before_the_day_end_is_checked_out_by_plateau_and_one_begun_after_is_left() {
        Person forgotten = testSite.agent();
        Person arrivedSince = newPerson("Karim Soir");
        signIn(testSite.username(Role.SITE_MANAGER));
        presence.checkIn(forgotten.getId(), testSite.floor1().getId());
        Instant now = presence.checkIn(arrivedSince.getId(), testSite.floor1().getId()).since();
        Instant dayEnd = EndOfDayJob.lastDayEnd(testSite.site(), now);
        startedAt(forgotten, dayEnd.minus(Duration.ofHours(9)));

        job.closeStaysBefore(now);

        assertThat(presence.whereIs(forgotten.getId())).isEmpty();
        assertThat(presence.whereIs(arrivedSince.getId())).get().extracting(Stay::floorId)
                .isEqualTo(testSite.floor1().getId());
        assertThat(presence.load(testSite.floor1().getId()).present()).isEqualTo(1);
        assertThat(jdbc.queryForMap("""
                SELECT end_kind, ended_by FROM presence WHERE person_id = ? AND ended_at IS NOT NULL""",
                forgotten.getId())).containsEntry("end_kind", "END_OF_DAY").containsEntry("ended_by", "Plateau");
        assertThat(journal(forgotten)).containsExactly(
                Map.of("kind", "CHECK_IN", "actor", manager()),
                Map.of("kind", "END_OF_DAY_CHECK_OUT", "actor", "Plateau"));

        job.closeStaysBefore(now);
        assertThat(journal(forgotten)).hasSize(2);
        assertThat(presence.load(testSite.floor1().getId()).present()).isEqualTo(1);
    }

    @Test
    void the_end_of_day_check_out_closes_open_moves_and_gives_back_their_places() {
        Floor floor1 = testSite.floor1();
        Floor floor2 = testSite.floor2();
        Person waiting = testSite.agent();
        Person approved = newPerson("Salma Approuvée");
        Person away = newPerson("Omar Parti");
        signIn(testSite.username(Role.SITE_MANAGER));
        for (Person person : List.of(waiting, approved, away)) {
            presence.checkIn(person.getId(), floor1.getId());
        }
        TransferRequest pending = move(waiting, floor2, null);
        TransferRequest held = transfers.approve(move(approved, floor2, null).getId());
        Instant now = held.getDecidedAt();
        TransferRequest inProgress = move(away, floor2, now.plus(Duration.ofHours(2)));
        transfers.approve(inProgress.getId());
        transfers.arrive(inProgress.getId());
        assertThat(presence.load(floor1.getId()).held()).isEqualTo(3);
        assertThat(presence.load(floor2.getId()).held()).isEqualTo(2);

        Instant dayEnd = EndOfDayJob.lastDayEnd(testSite.site(), now);
        for (Person person : List.of(waiting, approved, away)) {
            startedAt(person, dayEnd.minus(Duration.ofHours(1)));
        }
        job.closeStaysBefore(now);

        assertThat(transfers.get(pending.getId()).getState()).isEqualTo(TransferState.CANCELLED);
        assertThat(transfers.get(held.getId()).getState()).isEqualTo(TransferState.CANCELLED);
        assertThat(transfers.get(inProgress.getId()).getState()).isEqualTo(TransferState.COMPLETED);
        // The place kept on the first floor for the return is given back, like the one held on the second.
        assertThat(presence.load(floor1.getId()).held()).isZero();
        assertThat(presence.load(floor2.getId()).held()).isZero();
        assertThat(journal(away)).last().isEqualTo(Map.of("kind", "RETURNED", "actor", "Plateau"));
        assertThat(journal(approved)).last().isEqualTo(Map.of("kind", "CANCELLED", "actor", "Plateau"));
    }

    @Test
    void at_a_site_working_in_shifts_a_stay_begun_before_the_current_shift_is_checked_out_at_the_end_of_its_period() {
        Person forgotten = testSite.agent();
        Person onShift = newPerson("Nadia Nuit");
        signIn(testSite.username(Role.ADMIN));
        Site site = sites.get(testSite.site().getId());
        site.setPeriodStarts("06:00 14:00 22:00");
        sites.save(site);
        signIn(testSite.username(Role.SITE_MANAGER));
        presence.checkIn(forgotten.getId(), testSite.floor1().getId());
        Instant now = presence.checkIn(onShift.getId(), testSite.floor1().getId()).since();
        WorkingPeriod period = sites.workingPeriod(testSite.site().getId(), now);
        startedAt(forgotten, period.start().minus(Duration.ofMinutes(30)));

        job.closeStaysBefore(now);

        assertThat(presence.whereIs(forgotten.getId())).isEmpty();
        assertThat(presence.whereIs(onShift.getId())).isPresent();
        assertThat(jdbc.queryForMap("""
                SELECT end_kind, ended_by FROM presence WHERE person_id = ? AND ended_at IS NOT NULL""",
                forgotten.getId())).containsEntry("end_kind", "SHIFT_END").containsEntry("ended_by", "Plateau");
        assertThat(journal(forgotten)).last().isEqualTo(Map.of("kind", "SHIFT_END_CHECK_OUT", "actor", "Plateau"));
        assertThat(presence.load(testSite.floor1().getId()).present()).isEqualTo(1);
    }

    @Test
    void the_day_end_is_the_sites_local_time_today_once_passed_else_yesterdays() {
        var site = testSite.site();
        ZonedDateTime todayEnd = ZonedDateTime.now(site.zoneId()).with(site.getDayEnd());
        assertThat(site.getDayEnd()).isEqualTo(LocalTime.of(23, 0));
        assertThat(EndOfDayJob.lastDayEnd(site, todayEnd.toInstant())).isEqualTo(todayEnd.toInstant());
        assertThat(EndOfDayJob.lastDayEnd(site, todayEnd.toInstant().plusSeconds(60)))
                .isEqualTo(todayEnd.toInstant());
        assertThat(EndOfDayJob.lastDayEnd(site, todayEnd.toInstant().minusSeconds(60)))
                .isEqualTo(todayEnd.minusDays(1).toInstant());
    }

    private Person newPerson(String name) {
        return fixtures.person(testSite.site(), Fixtures.unique("E"), name, testSite.team(), testSite.floor1());
    }

    private TransferRequest move(Person person, Floor to, Instant returnAt) {
        return transfers.request(new MoveDraft(person.getId(), to.getId(), MoveReason.TRAINING, null, null,
                returnAt));
    }

    /** Moves the start of the person's open stay back, as if they had checked in then. */
    private void startedAt(Person person, Instant at) {
        int updated = jdbc.update("UPDATE presence SET started_at = ? WHERE open_person_id = ?",
                preparedStatement -> {
                    preparedStatement.setTimestamp(1, Timestamp.from(at),
                            Calendar.getInstance(TimeZone.getTimeZone("UTC")));
                    preparedStatement.setLong(2, person.getId());
                });
        assertThat(updated).isEqualTo(1);
    }

    private List<Map<String, Object>> journal(Person person) {
        return jdbc.queryForList("SELECT kind, actor_name AS actor FROM movement WHERE person_id = ? ORDER BY id",
                person.getId());
    }

    private String manager() {
        return "SITE_MANAGER " + testSite.site().getName().substring(5);
    }
}
