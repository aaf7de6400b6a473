package app.plateau.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.SignedInServiceTest;
import app.plateau.occupancy.PresenceService;
import app.plateau.occupancy.Stay;
import app.plateau.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What becomes of moves nobody acts on: the sweep is called with a chosen instant, as the
 * scheduler would call it later. {@link TransferServiceTest} covers an approved move for now.
 */
@Tag("mariadb")
class TransferLifecycleTest extends SignedInServiceTest {

    @Autowired
    private TransferLifecycle lifecycle;
    @Autowired
    private TransferService transfers;
    @Autowired
    private PresenceService presence;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    private TransferRequest agentAsksForFloor2(Instant moveAt) {
        signIn(testSite.username(Role.AGENT));
        presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        return transfers.request(new MoveDraft(testSite.agent().getId(), testSite.floor2().getId(),
                MoveReason.TRAINING, null, moveAt, null));
    }

    private TransferState stateOf(TransferRequest request) {
        signIn(testSite.username(Role.SITE_MANAGER));
        return transfers.get(request.getId()).getState();
    }

    @Test
    void a_move_still_waiting_15_minutes_after_its_time_expires_and_can_no_longer_be_approved() {
        TransferRequest request = agentAsksForFloor2(null);
        Instant asked = request.getMoveAt();

        lifecycle.expireAt(asked.plus(Duration.ofMinutes(14)));
        assertThat(stateOf(request)).isEqualTo(TransferState.PENDING);
        lifecycle.expireAt(asked.plus(Duration.ofMinutes(16)));
        assertThat(stateOf(request)).isEqualTo(TransferState.EXPIRED);

        assertRefused(() -> transfers.approve(request.getId()), "transfer.error.already-expired");
        assertThat(transfers.get(request.getId()).getExpiry()).isEqualTo(Expiry.UNDECIDED);
        assertThat(presence.load(testSite.floor2().getId()).held()).isZero();
        assertThat(jdbc.queryForObject("SELECT actor_name FROM movement WHERE transfer_id = ? AND kind = 'EXPIRED'",
                String.class, request.getId())).isEqualTo(TransferService.SYSTEM);
        assertThat(jdbc.queryForObject("SELECT detail FROM movement WHERE transfer_id = ? AND kind = 'EXPIRED'",
                String.class, request.getId())).isEqualTo(Expiry.UNDECIDED.journalCode());
        // The person may ask again: the expired request no longer counts as their open one.
        signIn(testSite.username(Role.AGENT));
        assertThat(transfers.openOf(testSite.agent().getId())).isEmpty();
        assertThat(transfers.request(new MoveDraft(testSite.agent().getId(), testSite.floor2().getId(),
                MoveReason.HR, null, null, null)).getState()).isEqualTo(TransferState.PENDING);
    }

    @Test
    void a_move_asked_for_later_waits_until_15_minutes_after_its_own_time() {
        Instant later = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(2));
        TransferRequest request = agentAsksForFloor2(later);

        lifecycle.expireAt(later.minus(Duration.ofMinutes(1)));
        assertThat(stateOf(request)).isEqualTo(TransferState.PENDING);
        lifecycle.expireAt(later.plus(Duration.ofMinutes(16)));
        assertThat(stateOf(request)).isEqualTo(TransferState.EXPIRED);
    }

    @Test
    void an_approved_move_for_later_keeps_its_place_until_15_minutes_after_its_time() {
        Instant later = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(1));
        TransferRequest request = agentAsksForFloor2(later);
        signIn(testSite.username(Role.SITE_MANAGER));
        TransferRequest approved = transfers.approve(request.getId());
        assertThat(approved.getExpiresAt()).isEqualTo(later.plus(Duration.ofMinutes(15)));

        // Long past the decision plus the lapse, but not past the move's own time plus the lapse.
        lifecycle.expireAt(later.plus(Duration.ofMinutes(14)));
        assertThat(stateOf(request)).isEqualTo(TransferState.APPROVED);
        assertThat(presence.load(testSite.floor2().getId()).reserved()).isEqualTo(1);
        lifecycle.expireAt(later.plus(Duration.ofMinutes(16)));
        assertThat(stateOf(request)).isEqualTo(TransferState.EXPIRED);
        assertThat(transfers.get(request.getId()).getExpiry()).isEqualTo(Expiry.LAPSED);
        assertThat(presence.load(testSite.floor2().getId()).reserved()).isZero();
        assertThat(jdbc.queryForObject("SELECT detail FROM movement WHERE transfer_id = ? AND kind = 'EXPIRED'",
                String.class, request.getId())).isEqualTo(Expiry.LAPSED.journalCode());
        assertRefused(() -> transfers.approve(request.getId()), "transfer.error.already-lapsed");
    }

    @Test
    void a_pending_request_may_be_decided_until_its_time_plus_the_lapse() {
        Instant later = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(1));
        TransferRequest request = agentAsksForFloor2(later);
        Instant deadline = transfers.decideBefore(request.getMoveAt());
        assertThat(deadline).isEqualTo(later.plus(Duration.ofMinutes(15)));

        lifecycle.expireAt(deadline.minusSeconds(1));
        assertThat(stateOf(request)).isEqualTo(TransferState.PENDING);
        lifecycle.expireAt(deadline.plusSeconds(1));
        assertThat(stateOf(request)).isEqualTo(TransferState.EXPIRED);
    }

    @Test
    void arriving_after_the_move_expired_is_refused_and_the_person_stays_where_they_were() {
        TransferRequest request = agentAsksForFloor2(null);
        signIn(testSite.username(Role.SITE_MANAGER));
        transfers.approve(request.getId());
        lifecycle.expireAt(request.getMoveAt().plus(Duration.ofMinutes(16)));

        signIn(testSite.username(Role.AGENT));
        assertRefused(() -> transfers.arrive(request.getId()), "transfer.error.not-approved");
        assertRefused(() -> transfers.cancel(request.getId()), "transfer.error.not-cancellable");
        assertThat(presence.whereIs(testSite.agent().getId())).get().extracting(Stay::floorId)
                .isEqualTo(testSite.floor1().getId());
        signIn(testSite.username(Role.SITE_MANAGER));
        assertThat(presence.load(testSite.floor1().getId()).present()).isEqualTo(1);
        assertThat(presence.load(testSite.floor2().getId()).held()).isZero();
    }

    @Test
    void a_move_the_person_has_started_is_not_expired_by_a_later_sweep() {
        TransferRequest request = agentAsksForFloor2(null);
        signIn(testSite.username(Role.SITE_MANAGER));
        transfers.approve(request.getId());
        signIn(testSite.username(Role.AGENT));
        transfers.arrive(request.getId());

        lifecycle.expireAt(request.getMoveAt().plus(Duration.ofHours(3)));

        assertThat(stateOf(request)).isEqualTo(TransferState.IN_PROGRESS);
        assertThat(presence.load(testSite.floor2().getId()).present()).isEqualTo(1);
    }
}
