package app.plateau.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.occupancy.PresenceService;
import app.plateau.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The open moves of a lead's team, as their start page reads them. */
class TeamMovesTest extends SignedInServiceTest {

    @Autowired
    TransferService transfers;
    @Autowired
    PresenceService presence;

    private TransferRequest agentAsksForFloor2(TestSite site) {
        signIn(site.username(Role.AGENT));
        presence.checkIn(site.agent().getId(), site.floor1().getId());
        return transfers.request(new MoveDraft(site.agent().getId(), site.floor2().getId(), MoveReason.TRAINING,
                null, null, null));
    }

    @Test
    void a_lead_reads_the_open_requests_of_their_team_and_not_those_of_another_site() {
        TransferRequest mine = agentAsksForFloor2(testSite);
        agentAsksForFloor2(fixtures.site());

        signIn(testSite.username(Role.TEAM_LEAD));
        assertThat(transfers.openOfMyTeam()).singleElement().satisfies(request -> {
            assertThat(request.getId()).isEqualTo(mine.getId());
            assertThat(request.getPerson().getFullName()).isEqualTo(testSite.agent().getFullName());
            assertThat(request.getToFloor().getName()).isEqualTo("Plateau 2");
            assertThat(request.getState()).isEqualTo(TransferState.PENDING);
        });
    }

    @Test
    void a_closed_request_is_no_longer_listed() {
        TransferRequest request = agentAsksForFloor2(testSite);
        transfers.cancel(request.getId());
        signIn(testSite.username(Role.TEAM_LEAD));
        assertThat(transfers.openOfMyTeam()).isEmpty();
    }

    @Test
    void only_a_lead_reads_a_teams_moves() {
        for (Role role : new Role[] {Role.AGENT, Role.SITE_MANAGER, Role.AUDITOR}) {
            signIn(testSite.username(role));
            assertDenied(() -> transfers.openOfMyTeam());
        }
    }
}
