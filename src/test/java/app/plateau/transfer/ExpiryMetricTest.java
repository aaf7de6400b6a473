package app.plateau.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.SignedInServiceTest;
import app.plateau.occupancy.PresenceService;
import app.plateau.security.Role;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A move that lapses counts among the decisions as expired (the other outcomes are tested with the
 * other figures, in the operations package; expiring needs the lifecycle, which is this package's).
 */
class ExpiryMetricTest extends SignedInServiceTest {

    @Autowired
    TransferService transfers;
    @Autowired
    PresenceService presence;
    @Autowired
    TransferLifecycle lifecycle;
    @Autowired
    Clock clock;
    @Autowired
    MeterRegistry registry;

    private double expired() {
        Counter counter = registry.find("plateau.moves.decided").tag("site", testSite.site().getId().toString())
                .tag("outcome", "expired").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void an_approved_move_that_lapses_is_counted_as_expired() {
        signIn(testSite.username(Role.AGENT));
        presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        TransferRequest request = transfers.request(new MoveDraft(testSite.agent().getId(),
                testSite.floor2().getId(), MoveReason.TRAINING, null, null, null));
        signIn(testSite.username(Role.SITE_MANAGER));
        transfers.approve(request.getId());
        assertThat(expired()).isZero();

        lifecycle.expireAt(clock.instant().plus(Duration.ofMinutes(16)));

        assertThat(expired()).isEqualTo(1);
    }
}
