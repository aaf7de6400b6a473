package app.plateau.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.plateau.Signing;
import app.plateau.meeting.AgendaEntry;
import app.plateau.meeting.Bridge;
import app.plateau.meeting.BridgeService;
import app.plateau.meeting.MeetingMode;
import app.plateau.meeting.MeetingRoom;
import app.plateau.meeting.MeetingRoomService;
import app.plateau.meeting.MeetingService;
import app.plateau.meeting.MeetingState;
import app.plateau.meeting.PhysicalMeetingService;
import app.plateau.occupancy.FloorLoad;
import app.plateau.occupancy.PresenceService;
import app.plateau.security.CurrentUser;
import app.plateau.transfer.Sweeps;
import app.plateau.transfer.TransferService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.TeamService;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo site a newcomer meets on the first {@code ./mvnw}, in a database of its own. */
@SpringBootTest(properties = {
    "plateau.demo-data=true",
    "spring.datasource.url=jdbc:h2:mem:plateau-demo;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"
})
class DemoDataTest {

    @Autowired
    private DemoData demoData;
    @Autowired
    private SiteService sites;
    @Autowired
    private FloorService floors;
    @Autowired
    private TeamService teams;
    @Autowired
    private PersonService people;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private PresenceService presence;
    @Autowired
    private TransferService transfers;
    @Autowired
    private BridgeService bridges;
    @Autowired
    private MeetingRoomService rooms;
    @Autowired
    private PhysicalMeetingService requests;
    @Autowired
    private MeetingService meetings;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DemoMoves demoMoves;
    @Autowired
    private Sweeps sweeps;
    @Autowired
    private Clock clock;

    @AfterEach
    void signOut() {
        Signing.signOut();
    }

    @Test
    void the_demo_site_has_six_floors_capped_at_about_half_twelve_teams_and_240_agents() {
        Signing.signIn(users, "manager");
        Site site = sites.accessible().get(0);
        assertThat(site.getName()).isEqualTo("Casablanca Sidi Maârouf");
        assertThat(site.getTimeZone()).isEqualTo("Africa/Casablanca");

        List<Floor> floorList = floors.listBySite(site.getId());
        assertThat(floorList).hasSize(6);
        assertThat(floorList).allSatisfy(floor -> {
            assertThat(floor.getPositions()).isBetween(40, 80);
            assertThat(floor.getSanitaryCap()).isEqualTo(floor.getPositions() / 2);
        });
        assertThat(teams.listBySite(site.getId())).hasSize(12)
                .allSatisfy(team -> assertThat(team.getLead()).isNotNull());
        // 12 teams of 20 agents, their 12 leads, the manager and the health officer
        assertThat(people.count(site.getId(), null, "")).isEqualTo(240 + 12 + 2);
    }

    @Test
    void the_demo_floors_are_partly_occupied_plateau_4_is_full_and_two_moves_wait_for_the_manager() {
        Signing.signIn(users, "manager");
        Site site = sites.accessible().get(0);
        List<FloorLoad> loads = presence.loads(site.getId());
        assertThat(loads).extracting(FloorLoad::name, FloorLoad::held, FloorLoad::cap).containsExactly(
                tuple("Plateau 1", 18, 30), tuple("Plateau 2", 19, 24), tuple("Plateau 3", 20, 40),
                tuple("Plateau 4", 36, 36), tuple("Plateau 5", 14, 20), tuple("Plateau 6", 13, 32));
        assertThat(transfers.countPending(site.getId())).isEqualTo(2);
        Signing.signIn(users, "agent");
        assertThat(presence.whereIs(users.loadUserByUsername("agent").personId())).isEmpty();
    }

    @Test
    void the_waiting_demo_moves_are_timed_hours_ahead_so_the_sweep_leaves_them_waiting_while_the_demo_is_explored() {
        Signing.signIn(users, "manager");
        Site site = sites.accessible().get(0);
        Instant now = clock.instant();
        assertThat(transfers.pending(site.getId(), PageRequest.of(0, 10))).hasSize(2)
                .allSatisfy(request -> assertThat(transfers.decideBefore(request.getMoveAt()))
                        .isAfter(now.plus(Duration.ofHours(2))));

        sweeps.expireAt(now.plus(Duration.ofHours(1)));
        assertThat(transfers.countPending(site.getId())).isEqualTo(2);
    }

    @Test
    void a_start_renews_the_demo_moves_that_are_about_to_expire() {
        Signing.signIn(users, "manager");
        Site site = sites.accessible().get(0);
        // As if the demo had been started long ago: both requests may be decided for ten more minutes only.
        Instant now = clock.instant();
        jdbc.update("UPDATE transfer_request SET move_at = ? WHERE state = 'PENDING'", statement -> statement
                .setTimestamp(1, java.sql.Timestamp.from(now.minus(Duration.ofMinutes(5))),
                        java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"))));

        CurrentUser.asSystem(() -> assertThat(demoMoves.renew(site)).isEqualTo(2));

        assertThat(transfers.pending(site.getId(), PageRequest.of(0, 10))).hasSize(2)
                .allSatisfy(request -> assertThat(transfers.decideBefore(request.getMoveAt()))
                        .isAfter(now.plus(Duration.ofHours(2))))
                .extracting(request -> request.getToFloor().getName())
                .containsExactlyInAnyOrder("Plateau 3", "Plateau 4");
        // Renewed once: a second start finds them waiting and leaves them alone.
        CurrentUser.asSystem(() -> assertThat(demoMoves.renew(site)).isZero());
    }

    @Test
    void every_demo_account_signs_in_with_the_documented_password_and_its_role() {
        assertRole("agent", Role.AGENT);
        assertRole("lead", Role.TEAM_LEAD);
        assertRole("manager", Role.SITE_MANAGER);
        assertRole("health", Role.HEALTH_OFFICER);
        assertRole("auditor", Role.AUDITOR);
        assertRole("admin", Role.ADMIN);
        assertThat(users.loadUserByUsername("admin").isGlobalAdmin()).isTrue();
    }

    @Test
    void the_demo_site_has_two_bridges_two_rooms_and_a_physical_meeting_waiting_for_the_manager() {
        Signing.signIn(users, "manager");
        Site site = sites.accessible().get(0);
        assertThat(bridges.page(site.getId(), PageRequest.of(0, 10)))
                .extracting(Bridge::getName, Bridge::getLineCapacity)
                .containsExactly(tuple("Pont Casablanca 1", 30), tuple("Pont Casablanca 2", 20));
        assertThat(bridges.page(site.getId(), PageRequest.of(0, 10)))
                .allSatisfy(bridge -> assertThat(bridge.getDialIn()).startsWith("+212 5 22"));
        assertThat(rooms.page(site.getId(), PageRequest.of(0, 10)))
                .extracting(MeetingRoom::getName, MeetingRoom::getSanitaryCap)
                .containsExactly(tuple("Salle Anfa", 10), tuple("Salle Atlas", 6));
        assertThat(requests.pending(PageRequest.of(0, 10))).singleElement().satisfies(request -> {
            assertThat(request.title()).isEqualTo("Formation premiers secours");
            assertThat(request.justification()).isEqualTo("Formation premiers secours : manipulation du matériel");
            assertThat(request.roomName()).isEqualTo("Salle Anfa");
            assertThat(request.participants()).isEqualTo(6);
            assertThat(request.organiserName()).isEqualTo(users.loadUserByUsername("lead").displayName());
        });
    }

    @Test
    void the_demo_lead_holds_a_weekday_video_briefing_with_the_team_and_a_weekly_phone_quality_point() {
        Signing.signIn(users, "agent");
        Site site = sites.accessible().get(0);
        LocalDate monday = LocalDate.now(site.zoneId()).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<AgendaEntry> briefings = meetings.week(monday).stream()
                .filter(entry -> entry.title().equals("Briefing quotidien")).toList();
        assertThat(briefings).hasSize(5).allSatisfy(entry -> {
            assertThat(entry.mode()).isEqualTo(MeetingMode.VIDEO);
            assertThat(entry.start().toLocalTime()).isEqualTo(LocalTime.of(8, 45));
            assertThat(entry.end().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(entry.joinUrl()).startsWith("https://");
            assertThat(entry.participants()).isEqualTo(21);
        });
        assertThat(briefings).extracting(entry -> entry.start().getDayOfWeek())
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY);

        Signing.signIn(users, "lead");
        assertThat(meetings.week(monday)).filteredOn(entry -> entry.title().equals("Point qualité"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.mode()).isEqualTo(MeetingMode.PHONE);
                    assertThat(entry.state()).isEqualTo(MeetingState.SCHEDULED);
                    assertThat(entry.start().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
                    assertThat(entry.dialIn()).isEqualTo("+212 5 22 58 40 10");
                    assertThat(entry.pin()).matches("[0-9]{6}");
                });
        assertThat(meetings.get(briefings.get(0).meetingId()).recurrence().until())
                .isEqualTo(LocalDate.now(site.zoneId()).plusMonths(3));
    }

    @Test
    void starting_again_seeds_nothing_twice() throws Exception {
        demoData.run(null);
        Signing.signIn(users, "admin");
        assertThat(sites.count("")).isEqualTo(1);
        long siteId = sites.accessible().get(0).getId();
        assertThat(bridges.count(siteId)).isEqualTo(2);
        assertThat(rooms.count(siteId)).isEqualTo(2);
        Signing.signIn(users, "manager");
        assertThat(requests.countPending()).isEqualTo(1);
    }

    @Test
    @Tag("security")
    void starting_again_with_demo_data_gives_back_the_demo_password_a_start_without_it_took_away()
            throws Exception {
        // What a start without demo data leaves: the demo accounts without a password.
        jdbc.update("UPDATE account SET password_hash = NULL WHERE username IN ('admin', 'agent')");

        demoData.run(null);

        assertRole("admin", Role.ADMIN);
        assertRole("agent", Role.AGENT);
    }

    private void assertRole(String username, Role role) {
        PlateauUser user = users.loadUserByUsername(username);
        assertThat(passwordEncoder.matches("demo", user.getPassword())).as(username).isTrue();
        assertThat(user.roles()).as(username).contains(role);
        assertThat(user.isEnabled() && user.isAccountNonLocked()).as(username).isTrue();
    }
}
