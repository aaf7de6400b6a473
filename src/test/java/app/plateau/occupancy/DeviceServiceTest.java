package app.plateau.occupancy;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.Signing;
import app.plateau.organisation.Floor;
import app.plateau.security.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

@Tag("mariadb")
class DeviceServiceTest extends SignedInServiceTest {

    @Autowired
    DeviceService devices;
    @Autowired
    JdbcTemplate jdbc;

    private NewDevice create(String name, DeviceKind kind, Floor floor) {
        return devices.create(new DeviceDraft(testSite.site().getId(), name, kind, floor == null ? null : floor.getId()));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void an_administrator_creates_a_device_whose_token_then_identifies_it() {
        signIn(testSite.username(Role.ADMIN));
        NewDevice created = create("Écran Plateau 1", DeviceKind.ENTRANCE_DISPLAY, testSite.floor1());

        assertThat(created.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.device().getCreatedBy()).isEqualTo(testSite.site().getName().replace("Site ", "ADMIN "));
        DeviceIdentity identity = devices.authenticate(created.token());
        assertThat(identity).isEqualTo(new DeviceIdentity(created.device().getId(), testSite.site().getId(),
                testSite.floor1().getId(), DeviceKind.ENTRANCE_DISPLAY, "Écran Plateau 1"));
        assertThat(devices.page(testSite.site().getId(), PageRequest.of(0, 10)))
                .extracting(Device::getName, device -> device.getFloor().getName())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Écran Plateau 1", "Plateau 1"));
        assertThat(devices.count(testSite.site().getId())).isEqualTo(1);
    }

    @Test
    void only_the_hash_of_a_token_is_stored() throws Exception {
        signIn(testSite.username(Role.ADMIN));
        NewDevice created = create("Badgeuse P2", DeviceKind.BADGE_READER, testSite.floor2());

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM device WHERE id = ?", created.device().getId());
        assertThat(row.get("token_hash")).isEqualTo(sha256(created.token()));
        assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(created.token()));
    }

    @Test
    void a_display_or_a_badge_reader_needs_a_floor_and_a_feed_client_does_not() {
        signIn(testSite.username(Role.ADMIN));
        assertRefused(() -> create("Écran", DeviceKind.ENTRANCE_DISPLAY, null), "device.error.floor-required");
        assertRefused(() -> create("Badgeuse", DeviceKind.BADGE_READER, null), "device.error.floor-required");
        NewDevice feed = create("Tableau de bord du siège", DeviceKind.FEED_CLIENT, null);
        assertThat(devices.authenticate(feed.token()).floorId()).isNull();
        assertThat(devices.count(testSite.site().getId())).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_with_its_own_message_and_nothing_is_saved() {
        signIn(testSite.username(Role.ADMIN));
        create("Écran P1", DeviceKind.ENTRANCE_DISPLAY, testSite.floor1());
        assertRefused(() -> create("écran p1", DeviceKind.ENTRANCE_DISPLAY, testSite.floor2()), "device.error.name-taken");
        assertRefused(() -> create("  ", DeviceKind.FEED_CLIENT, null), "error.required");
        assertRefused(() -> create("x".repeat(Device.NAME_MAX + 1), DeviceKind.FEED_CLIENT, null), "error.too-long");
        assertRefused(() -> create("Sans type", null, testSite.floor1()), "error.required");
        TestSite elsewhere = fixtures.site();
        assertRefused(() -> create("Écran d’ailleurs", DeviceKind.ENTRANCE_DISPLAY, elsewhere.floor1()),
                "error.not-found");
        assertThat(devices.count(testSite.site().getId())).isEqualTo(1);
    }

    @Test
    void a_revoked_token_is_refused_like_an_unknown_one() {
        signIn(testSite.username(Role.ADMIN));
        NewDevice created = create("Écran P1", DeviceKind.ENTRANCE_DISPLAY, testSite.floor1());
        Device revoked = devices.revoke(created.device().getId());

        assertThat(revoked.isRevoked()).isTrue();
        assertRefused(() -> devices.authenticate(created.token()), "device.error.not-recognised");
        assertRefused(() -> devices.authenticate("not-a-token"), "device.error.not-recognised");
        assertRefused(() -> devices.authenticate(""), "device.error.not-recognised");
        assertRefused(() -> devices.authenticate(null), "device.error.not-recognised");
        assertRefused(() -> devices.revoke(created.device().getId()), "device.error.already-revoked");
    }

    @Test
    void a_device_recognises_itself_without_an_account_and_is_marked_seen_at_most_once_a_minute() {
        signIn(testSite.username(Role.ADMIN));
        NewDevice created = create("Badgeuse P1", DeviceKind.BADGE_READER, testSite.floor1());
        assertThat(lastSeen()).isNull();
        Signing.signOut();

        devices.authenticate(created.token());
        Instant first = lastSeen();
        devices.authenticate(created.token());

        assertThat(first).isNotNull();
        assertThat(lastSeen()).isEqualTo(first);
    }

    private Instant lastSeen() {
        signIn(testSite.username(Role.ADMIN));
        Instant seen = devices.page(testSite.site().getId(), PageRequest.of(0, 1)).get(0).getLastSeenAt();
        Signing.signOut();
        return seen;
    }

    @Test
    void the_administrator_of_another_site_may_not_see_create_or_revoke_its_devices() {
        signIn(testSite.username(Role.ADMIN));
        NewDevice created = create("Écran P1", DeviceKind.ENTRANCE_DISPLAY, testSite.floor1());
        TestSite elsewhere = fixtures.site();
        signIn(elsewhere.username(Role.ADMIN));

        assertDenied(() -> create("Intrus", DeviceKind.FEED_CLIENT, null));
        assertDenied(() -> devices.page(testSite.site().getId(), PageRequest.of(0, 10)));
        assertDenied(() -> devices.count(testSite.site().getId()));
        assertDenied(() -> devices.revoke(created.device().getId()));
        assertThat(devices.authenticate(created.token()).deviceId()).isEqualTo(created.device().getId());
    }

    @Test
    void an_agent_may_not_manage_devices() {
        signIn(testSite.username(Role.ADMIN));
        NewDevice created = create("Écran P1", DeviceKind.ENTRANCE_DISPLAY, testSite.floor1());
        signIn(testSite.username(Role.AGENT));
        assertDenied(() -> create("Écran P2", DeviceKind.ENTRANCE_DISPLAY, testSite.floor2()));
        assertDenied(() -> create("Mur", DeviceKind.WALL_DISPLAY, null));
        assertDenied(() -> devices.page(testSite.site().getId(), PageRequest.of(0, 10)));
        assertDenied(() -> devices.revoke(created.device().getId()));
    }

    @Test
    void a_manager_creates_and_revokes_wall_screens_only() {
        signIn(testSite.username(Role.ADMIN));
        NewDevice display = create("Écran P1", DeviceKind.ENTRANCE_DISPLAY, testSite.floor1());
        signIn(testSite.username(Role.SITE_MANAGER));
        assertThat(devices.manageableKinds()).containsExactly(DeviceKind.WALL_DISPLAY);
        assertDenied(() -> create("Écran P2", DeviceKind.ENTRANCE_DISPLAY, testSite.floor2()));
        assertDenied(() -> create("Badgeuse", DeviceKind.BADGE_READER, testSite.floor2()));
        assertDenied(() -> create("Flux", DeviceKind.FEED_CLIENT, null));
        assertDenied(() -> devices.revoke(display.device().getId()));

        NewDevice wall = create("Mur des managers", DeviceKind.WALL_DISPLAY, null);
        assertThat(devices.authenticate(wall.token())).isEqualTo(new DeviceIdentity(wall.device().getId(),
                testSite.site().getId(), null, DeviceKind.WALL_DISPLAY, "Mur des managers"));
        assertThat(devices.page(testSite.site().getId(), PageRequest.of(0, 10))).extracting(Device::getName)
                .containsExactlyInAnyOrder("Écran P1", "Mur des managers");
        devices.revoke(wall.device().getId());
        assertRefused(() -> devices.authenticate(wall.token()), "device.error.not-recognised");
        assertThat(devices.authenticate(display.token()).deviceId()).isEqualTo(display.device().getId());
    }

    @Test
    void a_wall_screens_token_expires_after_its_lifetime_and_other_kinds_do_not() {
        signIn(testSite.username(Role.ADMIN));
        NewDevice wall = create("Mur", DeviceKind.WALL_DISPLAY, null);
        NewDevice display = create("Écran P1", DeviceKind.ENTRANCE_DISPLAY, testSite.floor1());
        Instant longAgo = Instant.now().minus(java.time.Duration.ofDays(366));
        jdbc.update("UPDATE device SET created_at = ? WHERE id IN (?, ?)", java.sql.Timestamp.from(longAgo),
                wall.device().getId(), display.device().getId());

        assertRefused(() -> devices.authenticate(wall.token()), DeviceService.TOKEN_EXPIRED);
        assertThat(devices.authenticate(display.token()).deviceId()).isEqualTo(display.device().getId());
    }

    @Test
    void a_manager_of_another_site_may_not_create_a_wall_screen_here() {
        TestSite other = fixtures.site();
        signIn(other.username(Role.SITE_MANAGER));
        assertDenied(() -> create("Mur", DeviceKind.WALL_DISPLAY, null));
    }
}
