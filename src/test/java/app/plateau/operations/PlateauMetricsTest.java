package app.plateau.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plateau.Fixtures;
import app.plateau.SignedInServiceTest;
import app.plateau.Signing;
import app.plateau.audit.AuditPackService;
import app.plateau.occupancy.CapacityRefused;
import app.plateau.occupancy.DeviceDraft;
import app.plateau.occupancy.DeviceKind;
import app.plateau.occupancy.DeviceService;
import app.plateau.occupancy.PresenceService;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.Person;
import app.plateau.security.Role;
import app.plateau.transfer.MoveDraft;
import app.plateau.transfer.MoveReason;
import app.plateau.transfer.TransferRequest;
import app.plateau.transfer.TransferService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each of Plateau's own figures moves when what it counts happens, and only then. */
class PlateauMetricsTest extends SignedInServiceTest {

    @Autowired
    MeterRegistry registry;
    @Autowired
    TransferService transfers;
    @Autowired
    PresenceService presence;
    @Autowired
    FloorService floors;
    @Autowired
    DeviceService devices;
    @Autowired
    AuditPackService packs;

    private String site() {
        return Long.toString(testSite.site().getId());
    }

    /** A counter of this test's site; zero while nothing was counted. */
    private double count(String name, String tag, String value) {
        Counter counter = registry.find(name).tag("site", site()).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }

    private TransferRequest ask(Person person, Floor to, MoveReason reason) {
        return transfers.request(new MoveDraft(person.getId(), to.getId(), reason, null, null, null));
    }

    private Person member() {
        return fixtures.person(testSite.site(), Fixtures.unique("M"), Fixtures.unique("Member "), testSite.team(),
                testSite.floor1());
    }

    @Test
    void move_requests_are_counted_by_reason_and_decisions_by_outcome() {
        signIn(testSite.username(Role.TEAM_LEAD));
        Person member = member();
        presence.checkIn(testSite.lead().getId(), testSite.floor1().getId());
        presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        presence.checkIn(member.getId(), testSite.floor1().getId());
        TransferRequest training = ask(testSite.agent(), testSite.floor2(), MoveReason.TRAINING);
        TransferRequest hr = ask(testSite.lead(), testSite.floor2(), MoveReason.HR);
        signIn(testSite.username(Role.SITE_MANAGER));
        transfers.setAutoApprovals(testSite.floor2().getId(), EnumSet.of(MoveReason.IT_SUPPORT));

        transfers.approve(training.getId());
        transfers.deny(hr.getId(), "Pas maintenant");
        signIn(testSite.username(Role.TEAM_LEAD));
        ask(member, testSite.floor2(), MoveReason.IT_SUPPORT);

        assertThat(count(PlateauMetrics.MOVES_REQUESTED, "reason", "training")).isEqualTo(1);
        assertThat(count(PlateauMetrics.MOVES_REQUESTED, "reason", "hr")).isEqualTo(1);
        assertThat(count(PlateauMetrics.MOVES_REQUESTED, "reason", "it_support")).isEqualTo(1);
        assertThat(count(PlateauMetrics.MOVES_DECIDED, "outcome", "approved")).isEqualTo(1);
        assertThat(count(PlateauMetrics.MOVES_DECIDED, "outcome", "denied")).isEqualTo(1);
        assertThat(count(PlateauMetrics.MOVES_DECIDED, "outcome", "auto_approved")).isEqualTo(1);
    }

    @Test
    void check_ins_are_counted_by_who_made_them() {
        String reader = Fixtures.asSystem(() -> devices.create(new DeviceDraft(testSite.site().getId(),
                Fixtures.unique("Lecteur "), DeviceKind.BADGE_READER, testSite.floor2().getId())).token());
        signIn(testSite.username(Role.AGENT));
        presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        signIn(testSite.username(Role.TEAM_LEAD));
        Person member = member();
        presence.checkIn(member.getId(), testSite.floor1().getId());
        Signing.signOut();
        presence.badgeIn(reader, testSite.lead().getEmployeeNumber());

        assertThat(count(PlateauMetrics.CHECK_INS, "how", "self")).isEqualTo(1);
        assertThat(count(PlateauMetrics.CHECK_INS, "how", "on_behalf")).isEqualTo(1);
        assertThat(count(PlateauMetrics.CHECK_INS, "how", "badge")).isEqualTo(1);
    }

    @Test
    void refusals_at_the_cap_are_counted_at_check_in_and_at_approval_but_a_refused_check_in_is_no_check_in() {
        Floor small = Fixtures.asSystem(() -> floors.save(new Floor(testSite.site(), "Plateau 3", 3, 10, 1)));
        signIn(testSite.username(Role.TEAM_LEAD));
        presence.checkIn(testSite.agent().getId(), small.getId());
        assertThatThrownBy(() -> presence.checkIn(testSite.lead().getId(), small.getId()))
                .isInstanceOf(CapacityRefused.class);
        presence.checkIn(testSite.lead().getId(), testSite.floor1().getId());
        TransferRequest move = ask(testSite.lead(), small, MoveReason.MANAGEMENT);
        signIn(testSite.username(Role.SITE_MANAGER));
        assertThatThrownBy(() -> transfers.approve(move.getId())).isInstanceOf(CapacityRefused.class);

        assertThat(count(PlateauMetrics.CAP_REFUSALS, "during", "check_in")).isEqualTo(1);
        assertThat(count(PlateauMetrics.CAP_REFUSALS, "during", "move_approval")).isEqualTo(1);
        assertThat(count(PlateauMetrics.CHECK_INS, "how", "on_behalf")).isEqualTo(1);
        assertThat(count(PlateauMetrics.CHECK_INS, "how", "self")).isEqualTo(1);
        assertThat(count(PlateauMetrics.MOVES_DECIDED, "outcome", "approved")).isZero();
    }

    @Test
    void each_part_of_an_audit_pack_is_counted_with_the_time_it_took() {
        Timer pdfBefore = registry.find(PlateauMetrics.AUDIT_PACKS).tag("part", "pdf").timer();
        long pdfs = pdfBefore == null ? 0 : pdfBefore.count();
        Timer zipBefore = registry.find(PlateauMetrics.AUDIT_PACKS).tag("part", "zip").timer();
        long zips = zipBefore == null ? 0 : zipBefore.count();
        signIn(testSite.username(Role.AUDITOR));
        LocalDate today = LocalDate.now();

        packs.writePdf(testSite.site().getId(), today.minusDays(7), today, Locale.FRENCH,
                new ByteArrayOutputStream(), done -> { });
        packs.writeZip(testSite.site().getId(), today.minusDays(7), today, Locale.FRENCH,
                new ByteArrayOutputStream(), done -> { });

        Timer pdf = registry.get(PlateauMetrics.AUDIT_PACKS).tag("part", "pdf").timer();
        Timer zip = registry.get(PlateauMetrics.AUDIT_PACKS).tag("part", "zip").timer();
        assertThat(pdf.count()).isEqualTo(pdfs + 1);
        assertThat(zip.count()).isEqualTo(zips + 1);
        assertThat(pdf.max(TimeUnit.NANOSECONDS)).isPositive();
    }
}
