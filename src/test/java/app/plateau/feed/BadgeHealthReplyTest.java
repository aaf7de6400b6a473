package app.plateau.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.SignedInServiceTest;
import app.plateau.Signing;
import app.plateau.feed.FeedMessages.BadgeMessage;
import app.plateau.feed.FeedMessages.BadgeReply;
import app.plateau.health.CheckMoment;
import app.plateau.health.CheckResult;
import app.plateau.health.TemperatureService;
import app.plateau.occupancy.DeviceDraft;
import app.plateau.occupancy.DeviceKind;
import app.plateau.occupancy.DeviceService;
import app.plateau.occupancy.NewDevice;
import app.plateau.security.Role;
import java.math.BigDecimal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a badge reader shows at the door when a health rule keeps the person off the floors. */
@Tag("security")
class BadgeHealthReplyTest extends SignedInServiceTest {

    @Autowired
    BadgeController badges;
    @Autowired
    DeviceService devices;
    @Autowired
    TemperatureService temperatures;

    @Test
    void the_reader_says_to_see_the_health_officer_without_the_cause_or_the_name() {
        signIn(testSite.username(Role.HEALTH_OFFICER));
        temperatures.record(testSite.agent().getId(), CheckMoment.ENTRY, CheckResult.ABOVE_THRESHOLD,
                new BigDecimal("38.9"));
        Signing.signOut();
        NewDevice reader = Fixtures.asSystem(() -> devices.create(new DeviceDraft(testSite.site().getId(),
                Fixtures.unique("Lecteur "), DeviceKind.BADGE_READER, testSite.floor1().getId())));
        DevicePrincipal principal = new DevicePrincipal(devices.authenticate(reader.token()), reader.token());

        BadgeReply reply = badges.badge(new BadgeMessage(testSite.agent().getEmployeeNumber(),
                BadgeController.CHECK_IN), principal);

        assertThat(reply.ok()).isFalse();
        assertThat(reply.message()).isEqualTo("Entrée refusée : voyez le référent santé.");
        assertThat(reply.message()).doesNotContain(testSite.agent().getFullName());
    }
}
