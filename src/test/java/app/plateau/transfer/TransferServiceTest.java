package app.plateau.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plateau.Fixtures;
import app.plateau.SignedInServiceTest;
import app.plateau.base.Broadcaster;
import app.plateau.occupancy.FloorLoad;
import app.plateau.occupancy.PresenceService;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.Person;
import app.plateau.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@Tag("mariadb")
class TransferServiceTest extends SignedInServiceTest {

    @Autowired
    TransferService transfers;
    @Autowired
    PresenceService presence;
    @Autowired
    FloorService floors;
    @Autowired
    TransferLifecycle lifecycle;
    @Autowired
    Clock clock;
    @Autowired
    TransferBroadcaster broadcaster;

    private void agentOnFloor1() {
        signIn(testSite.username(Role.AGENT));
        presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
    }

    private TransferRequest askForFloor2(MoveReason reason) {
        return transfers.request(new MoveDraft(testSite.agent().getId(), testSite.floor2().getId(), reason, null,
                null, null));
    }

    private FloorLoad load(Floor floor) {
        signIn(testSite.username(Role.SITE_MANAGER));
        return presence.load(floor.getId());
    }

    @Test
    void an_approved_move_holds_a_place_until_arrival_then_becomes_presence() {
        agentOnFloor1();
        TransferRequest request = askForFloor2(MoveReason.TRAINING);
        assertThat(request.getState()).isEqualTo(TransferState.PENDING);

        signIn(testSite.username(Role.SITE_MANAGER));
        TransferRequest approved = transfers.approve(request.getId());
        assertThat(approved.getState()).isEqualTo(TransferState.APPROVED);
        assertThat(approved.getDecidedBy()).isEqualTo("SITE_MANAGER " + testSite.site().getName().substring(5));
        assertThat(load(testSite.floor2()).reserved()).isEqualTo(1);
        assertThat(load(testSite.floor1()).present()).isEqualTo(1);

        signIn(testSite.username(Role.AGENT));
        transfers.arrive(request.getId());
        assertThat(presence.whereIs(testSite.agent().getId())).get()
                .extracting(stay -> stay.floorId()).isEqualTo(testSite.floor2().getId());
        FloorLoad target = load(testSite.floor2());
        assertThat(target.present()).isEqualTo(1);
        assertThat(target.reserved()).isZero();
        assertThat(load(testSite.floor1()).present()).isZero();
    }

    @Test
    void a_move_with_a_return_keeps_the_place_on_the_floor_left_until_the_person_is_back() {
        agentOnFloor1();
        Instant now = clock.instant();
        TransferRequest request = transfers.request(new MoveDraft(testSite.agent().getId(),
                testSite.floor2().getId(), MoveReason.IT_SUPPORT, "écran", null, now.plus(Duration.ofMinutes(30))));
        signIn(testSite.username(Role.SITE_MANAGER));
        transfers.approve(request.getId());
        signIn(testSite.username(Role.AGENT));
        transfers.arrive(request.getId());
        assertThat(load(testSite.floor1()).reserved()).isEqualTo(1);

        signIn(testSite.username(Role.AGENT));
        TransferRequest back = transfers.returned(request.getId());
        assertThat(back.getState()).isEqualTo(TransferState.COMPLETED);
        FloorLoad origin = load(testSite.floor1());
        assertThat(origin.present()).isEqualTo(1);
        assertThat(origin.reserved()).isZero();
        assertThat(load(testSite.floor2()).held()).isZero();
    }

    @Test
    void approving_a_move_to_a_full_floor_is_refused_with_the_counts_and_nothing_changes() {
        Floor tiny = Fixtures.asSystem(() -> floors.save(new Floor(testSite.site(), "Plateau 9", 9, 2, 1)));
        Person other = fixtures.person(testSite.site(), Fixtures.unique("P"), "Autre personne", testSite.team(),
                testSite.floor1());
        signIn(testSite.username(Role.SITE_MANAGER));
        presence.checkIn(other.getId(), tiny.getId());
        agentOnFloor1();
        TransferRequest request = transfers.request(new MoveDraft(testSite.agent().getId(), tiny.getId(),
                MoveReason.HR, null, null, null));

        signIn(testSite.username(Role.SITE_MANAGER));
        assertRefused(() -> transfers.approve(request.getId()), "occupancy.error.full");
        assertThat(transfers.get(request.getId()).getState()).isEqualTo(TransferState.PENDING);
        assertThat(presence.load(tiny.getId()).held()).isEqualTo(1);
    }

    @Test
    void bad_requests_are_each_refused_with_their_own_message() {
        signIn(testSite.username(Role.AGENT));
        assertRefused(() -> askForFloor2(MoveReason.TRAINING), "transfer.error.not-checked-in");
        presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        assertRefused(() -> transfers.request(new MoveDraft(testSite.agent().getId(), testSite.floor1().getId(),
                MoveReason.TRAINING, null, null, null)), "transfer.error.same-floor");
        assertRefused(() -> askForFloor2(MoveReason.OTHER), "transfer.error.other-needs-text");
        askForFloor2(MoveReason.TRAINING);
        assertRefused(() -> askForFloor2(MoveReason.HR), "transfer.error.open-request");
    }

    @Test
    void a_closed_floor_refuses_requests_and_approvals_with_its_reason() {
        agentOnFloor1();
        TransferRequest request = askForFloor2(MoveReason.TRAINING);
        signIn(testSite.username(Role.SITE_MANAGER));
        floors.close(testSite.floor2().getId(), "Désinfection");
        assertRefused(() -> transfers.approve(request.getId()), "floor.error.closed");
        assertThat(transfers.deny(request.getId(), "Plateau fermé pour désinfection").getState())
                .as("a request to a closed floor can still be answered").isEqualTo(TransferState.DENIED);
        signIn(testSite.username(Role.AGENT));
        assertRefused(() -> askForFloor2(MoveReason.TRAINING), "floor.error.closed");
    }

    @Test
    void a_decision_on_another_sites_request_is_denied() {
        agentOnFloor1();
        TransferRequest request = askForFloor2(MoveReason.TRAINING);
        var elsewhere = fixtures.site();
        signIn(elsewhere.username(Role.SITE_MANAGER));
        assertDenied(() -> transfers.approve(request.getId()));
        assertDenied(() -> transfers.deny(request.getId(), "non"));
        signIn(testSite.username(Role.SITE_MANAGER));
        assertThat(transfers.get(request.getId()).getState()).isEqualTo(TransferState.PENDING);
    }

    @Test
    void an_agent_cannot_decide_and_a_decision_is_final() {
        agentOnFloor1();
        TransferRequest request = askForFloor2(MoveReason.TRAINING);
        assertDenied(() -> transfers.approve(request.getId()));
        signIn(testSite.username(Role.SITE_MANAGER));
        transfers.deny(request.getId(), "Formation reportée");
        assertRefused(() -> transfers.approve(request.getId()), "transfer.error.already-decided");
        assertThat(load(testSite.floor2()).held()).isZero();
    }

    @Test
    void a_floor_rule_approves_it_support_at_once_when_there_is_room() {
        signIn(testSite.username(Role.SITE_MANAGER));
        transfers.setAutoApprovals(testSite.floor2().getId(), EnumSet.of(MoveReason.IT_SUPPORT));
        agentOnFloor1();
        TransferRequest request = askForFloor2(MoveReason.IT_SUPPORT);
        assertThat(request.getState()).isEqualTo(TransferState.APPROVED);
        assertThat(request.isAutoApproved()).isTrue();
        assertThat(load(testSite.floor2()).reserved()).isEqualTo(1);
    }

    @Test
    void an_approved_move_not_started_within_the_lapse_expires_and_frees_its_place() {
        agentOnFloor1();
        TransferRequest request = askForFloor2(MoveReason.TRAINING);
        signIn(testSite.username(Role.SITE_MANAGER));
        transfers.approve(request.getId());
        lifecycle.expireAt(clock.instant().plus(Duration.ofMinutes(14)));
        assertThat(transfers.get(request.getId()).getState()).isEqualTo(TransferState.APPROVED);
        lifecycle.expireAt(clock.instant().plus(Duration.ofMinutes(16)));
        assertThat(transfers.get(request.getId()).getState()).isEqualTo(TransferState.EXPIRED);
        assertThat(load(testSite.floor2()).held()).isZero();
    }

    @Test
    void checking_out_closes_the_open_move_and_gives_back_its_places() {
        agentOnFloor1();
        TransferRequest request = askForFloor2(MoveReason.TRAINING);
        signIn(testSite.username(Role.SITE_MANAGER));
        transfers.approve(request.getId());
        signIn(testSite.username(Role.AGENT));
        presence.checkOut(testSite.agent().getId());
        assertThat(transfers.get(request.getId()).getState()).isEqualTo(TransferState.CANCELLED);
        assertThat(load(testSite.floor2()).held()).isZero();
        assertThat(load(testSite.floor1()).held()).isZero();
    }

    @Test
    void tampered_ids_are_refused_and_change_nothing() {
        agentOnFloor1();
        var elsewhere = fixtures.site();
        assertThatThrownBy(() -> transfers.request(new MoveDraft(testSite.agent().getId(),
                elsewhere.floor2().getId(), MoveReason.TRAINING, null, null, null)))
                .isInstanceOf(app.plateau.base.NotFoundException.class);
        assertDenied(() -> transfers.request(new MoveDraft(testSite.lead().getId(), testSite.floor2().getId(),
                MoveReason.TRAINING, null, null, null)));
        signIn(testSite.username(Role.SITE_MANAGER));
        assertThatThrownBy(() -> transfers.approve(Long.MAX_VALUE))
                .isInstanceOf(app.plateau.base.NotFoundException.class);
        assertThat(transfers.countPending(testSite.site().getId())).isZero();
        assertThat(load(testSite.floor2()).held()).isZero();
    }

    @Test
    void screens_hear_of_a_request_only_once_it_is_committed() {
        AtomicInteger inboxCalls = new AtomicInteger();
        var registration = broadcaster.sites().register(testSite.site().getId(), site -> inboxCalls.incrementAndGet());
        try {
            signIn(testSite.username(Role.AGENT));
            assertRefused(() -> askForFloor2(MoveReason.TRAINING), "transfer.error.not-checked-in");
            presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
            assertRefused(() -> askForFloor2(MoveReason.OTHER), "transfer.error.other-needs-text");
            Broadcaster.awaitAllIdle(Duration.ofSeconds(5));
            assertThat(inboxCalls.get()).isZero();
            askForFloor2(MoveReason.TRAINING);
            Broadcaster.awaitAllIdle(Duration.ofSeconds(5));
            assertThat(inboxCalls.get()).isEqualTo(1);
        } finally {
            registration.remove();
        }
    }

    @Test
    void the_inbox_lists_pending_requests_oldest_first() {
        agentOnFloor1();
        askForFloor2(MoveReason.TRAINING);
        signIn(testSite.username(Role.SITE_MANAGER));
        List<TransferRequest> pending = transfers.pending(testSite.site().getId(),
                org.springframework.data.domain.PageRequest.of(0, 10));
        assertThat(pending).extracting(r -> r.getPerson().getFullName())
                .containsExactly(testSite.agent().getFullName());
        assertThat(transfers.countPending(testSite.site().getId())).isEqualTo(1);
    }
}
