package app.plateau.occupancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.Signing;
import app.plateau.base.DomainException;
import app.plateau.base.Messages;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.Person;
import app.plateau.security.Role;
import app.plateau.transfer.MoveDraft;
import app.plateau.transfer.MoveReason;
import app.plateau.transfer.TransferRequest;
import app.plateau.transfer.TransferService;
import app.plateau.transfer.TransferState;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Badges at a floor's reader, called as the feed calls them: with the reader's token and no signed-in user. */
@Tag("mariadb")
class BadgeCheckInTest extends SignedInServiceTest {

    @Autowired
    PresenceService presence;
    @Autowired
    DeviceService devices;
    @Autowired
    TransferService transfers;
    @Autowired
    FloorService floors;
    @Autowired
    Clock clock;

    private String device(DeviceKind kind, Floor floor) {
        return Fixtures.asSystem(() -> devices.create(new DeviceDraft(testSite.site().getId(),
                Fixtures.unique("Appareil "), kind, floor.getId())).token());
    }

    private String agentNumber() {
        return testSite.agent().getEmployeeNumber();
    }

    private FloorLoad load(Floor floor) {
        signIn(testSite.username(Role.SITE_MANAGER));
        FloorLoad load = presence.load(floor.getId());
        Signing.signOut();
        return load;
    }

    private Long whereIsAgent() {
        signIn(testSite.username(Role.SITE_MANAGER));
        Long floorId = presence.whereIs(testSite.agent().getId()).map(Stay::floorId).orElse(null);
        Signing.signOut();
        return floorId;
    }

    @Test
    void a_badge_in_then_out_at_a_floor_reader_checks_the_person_in_and_out_there() {
        String reader = device(DeviceKind.BADGE_READER, testSite.floor1());

        BadgeResult in = presence.badgeIn(reader, agentNumber().toLowerCase(Locale.ROOT));
        assertThat(in).isEqualTo(new BadgeResult(testSite.agent().getId(), testSite.agent().getFullName(),
                testSite.floor1().getId(), "Plateau 1", false));
        assertThat(whereIsAgent()).isEqualTo(testSite.floor1().getId());
        assertThat(load(testSite.floor1()).present()).isEqualTo(1);

        presence.badgeOut(reader, " " + agentNumber() + " ");
        assertThat(whereIsAgent()).isNull();
        assertThat(load(testSite.floor1()).present()).isZero();
    }

    @Test
    void a_badge_at_the_floor_an_approved_move_goes_to_counts_as_the_arrival_of_that_move() {
        signIn(testSite.username(Role.AGENT));
        presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        TransferRequest request = transfers.request(new MoveDraft(testSite.agent().getId(),
                testSite.floor2().getId(), MoveReason.TRAINING, null, null, null));
        signIn(testSite.username(Role.SITE_MANAGER));
        transfers.approve(request.getId());
        Signing.signOut();
        String reader = device(DeviceKind.BADGE_READER, testSite.floor2());

        BadgeResult arrival = presence.badgeIn(reader, agentNumber());

        assertThat(arrival.move()).isTrue();
        assertThat(whereIsAgent()).isEqualTo(testSite.floor2().getId());
        FloorLoad target = load(testSite.floor2());
        assertThat(target.present()).isEqualTo(1);
        assertThat(target.reserved()).isZero();
        assertThat(load(testSite.floor1()).held()).isZero();
        signIn(testSite.username(Role.SITE_MANAGER));
        assertThat(transfers.get(request.getId()).getState()).isEqualTo(TransferState.IN_PROGRESS);
    }

    @Test
    void a_badge_back_at_the_floor_whose_place_was_kept_completes_the_move() {
        signIn(testSite.username(Role.AGENT));
        presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        TransferRequest request = transfers.request(new MoveDraft(testSite.agent().getId(),
                testSite.floor2().getId(), MoveReason.IT_SUPPORT, null, null,
                clock.instant().plus(Duration.ofMinutes(30))));
        signIn(testSite.username(Role.SITE_MANAGER));
        transfers.approve(request.getId());
        Signing.signOut();
        presence.badgeIn(device(DeviceKind.BADGE_READER, testSite.floor2()), agentNumber());
        assertThat(load(testSite.floor1()).reserved()).isEqualTo(1);

        BadgeResult back = presence.badgeIn(device(DeviceKind.BADGE_READER, testSite.floor1()), agentNumber());

        assertThat(back.move()).isTrue();
        assertThat(whereIsAgent()).isEqualTo(testSite.floor1().getId());
        assertThat(load(testSite.floor1()).held()).isEqualTo(1);
        assertThat(load(testSite.floor2()).held()).isZero();
        signIn(testSite.username(Role.SITE_MANAGER));
        assertThat(transfers.get(request.getId()).getState()).isEqualTo(TransferState.COMPLETED);
    }

    @Test
    void an_unknown_employee_number_is_refused_with_the_number_and_someone_of_another_site_is_unknown_here() {
        String reader = device(DeviceKind.BADGE_READER, testSite.floor1());
        DomainException unknown = catchThrowableOfType(DomainException.class,
                () -> presence.badgeIn(reader, "nobody-42"));
        assertThat(unknown.getMessageKey()).isEqualTo("badge.error.unknown-person");
        assertThat(Messages.get(Locale.FRENCH, unknown))
                .isEqualTo("Aucune personne de ce site n’a le matricule « NOBODY-42 ».");

        TestSite elsewhere = fixtures.site();
        assertRefused(() -> presence.badgeIn(reader, elsewhere.agent().getEmployeeNumber()),
                "badge.error.unknown-person");
        assertRefused(() -> presence.badgeIn(reader, " "), "error.required");
        assertThat(load(testSite.floor1()).present()).isZero();
    }

    @Test
    void only_a_badge_reader_in_force_may_badge() {
        String display = device(DeviceKind.ENTRANCE_DISPLAY, testSite.floor1());
        assertRefused(() -> presence.badgeIn(display, agentNumber()), "device.error.wrong-kind");

        String reader = device(DeviceKind.BADGE_READER, testSite.floor1());
        Fixtures.asSystem(() -> devices.revoke(devices.authenticate(reader).deviceId()));
        assertRefused(() -> presence.badgeIn(reader, agentNumber()), "device.error.not-recognised");
        assertRefused(() -> presence.badgeOut("forged", agentNumber()), "device.error.not-recognised");
        assertThat(whereIsAgent()).isNull();
    }

    @Test
    void a_badge_at_a_full_floor_is_refused_with_the_counts() {
        Floor tiny = Fixtures.asSystem(() -> floors.save(new Floor(testSite.site(), "Plateau 9", 9, 2, 1)));
        Person other = fixtures.person(testSite.site(), Fixtures.unique("P"), "Autre personne", testSite.team(),
                testSite.floor1());
        String reader = device(DeviceKind.BADGE_READER, tiny);
        presence.badgeIn(reader, other.getEmployeeNumber());

        assertRefused(() -> presence.badgeIn(reader, agentNumber()), "occupancy.error.full");
        assertThat(load(tiny).held()).isEqualTo(1);
        assertThat(whereIsAgent()).isNull();
    }

    @Test
    void a_badge_out_at_another_floor_than_the_persons_is_refused() {
        presence.badgeIn(device(DeviceKind.BADGE_READER, testSite.floor1()), agentNumber());
        String floor2 = device(DeviceKind.BADGE_READER, testSite.floor2());

        assertRefused(() -> presence.badgeOut(floor2, agentNumber()), "presence.error.not-on-floor");
        assertThat(whereIsAgent()).isEqualTo(testSite.floor1().getId());
    }
}
