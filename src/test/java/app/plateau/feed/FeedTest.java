package app.plateau.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.Signing;
import app.plateau.occupancy.DeviceDraft;
import app.plateau.occupancy.DeviceKind;
import app.plateau.occupancy.DeviceService;
import app.plateau.occupancy.NewDevice;
import app.plateau.occupancy.PresenceService;
import app.plateau.occupancy.Stay;
import app.plateau.organisation.Floor;
import app.plateau.security.AccountUserDetailsService;
import app.plateau.security.Role;
import app.plateau.transfer.MoveDraft;
import app.plateau.transfer.MoveReason;
import app.plateau.transfer.TransferRequest;
import app.plateau.transfer.TransferService;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * The device feed as a device meets it: a real STOMP client over a real WebSocket to the running
 * application, while people act through the services.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("mariadb")
class FeedTest {

    private static final long WAIT_SECONDS = 10;

    @LocalServerPort
    private int port;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private DeviceService devices;
    @Autowired
    private PresenceService presence;
    @Autowired
    private TransferService transfers;

    private WebSocketStompClient client;
    private TestSite testSite;

    @BeforeEach
    void setUp() {
        client = new WebSocketStompClient(new StandardWebSocketClient());
        // JSON for the topics and replies; ERROR frames carry plain text.
        client.setMessageConverter(new CompositeMessageConverter(
                List.of(new MappingJackson2MessageConverter(), new StringMessageConverter())));
        testSite = fixtures.site();
    }

    @AfterEach
    void tearDown() {
        client.stop();
        Signing.signOut();
    }

    /** What the connection itself receives: ERROR frames, and the end of the connection. */
    private static final class Connection extends StompSessionHandlerAdapter {

        final BlockingQueue<StompHeaders> errors = new LinkedBlockingQueue<>();
        final BlockingQueue<Throwable> closed = new LinkedBlockingQueue<>();

        final BlockingQueue<String> texts = new LinkedBlockingQueue<>();

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            // A test may see the headers before the text is added: it waits on the text too.
            errors.add(headers);
            texts.add(String.valueOf(payload));
        }

        @Override
        public void handleTransportError(StompSession session, Throwable exception) {
            closed.add(exception);
        }
    }

    /** Collects the JSON messages of one subscription. */
    private static final class Inbox implements StompFrameHandler {

        final BlockingQueue<Map<String, Object>> messages = new LinkedBlockingQueue<>();

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return Map.class;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void handleFrame(StompHeaders headers, Object payload) {
            messages.add((Map<String, Object>) payload);
        }

        /** The first message that matches, skipping earlier ones; fails after the wait. */
        Map<String, Object> await(Predicate<Map<String, Object>> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (true) {
                Map<String, Object> message = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (message == null) {
                    return fail("no matching message within %d s", WAIT_SECONDS);
                }
                if (wanted.test(message)) {
                    return message;
                }
            }
        }
    }

    private NewDevice device(DeviceKind kind, Floor floor) {
        return Fixtures.asSystem(() -> devices.create(new DeviceDraft(testSite.site().getId(),
                Fixtures.unique("Appareil "), kind, floor == null ? null : floor.getId())));
    }

    private CompletableFuture<StompSession> connect(StompHeaders headers, Connection connection) {
        return client.connectAsync("ws://localhost:" + port + "/ws", new WebSocketHttpHeaders(), headers, connection);
    }

    private StompSession connect(String token, Connection connection) throws Exception {
        StompHeaders headers = new StompHeaders();
        headers.add("Authorization", "Bearer " + token);
        return connect(headers, connection).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static Inbox subscribe(StompSession session, String destination) {
        Inbox inbox = new Inbox();
        session.subscribe(destination, inbox);
        return inbox;
    }

    /**
     * Waits until the server has handled every frame sent before: frames of one connection are
     * handled in order, so the reply to a badge proves the subscriptions before it are in place.
     */
    private static void barrier(StompSession reader, Inbox replies) throws InterruptedException {
        reader.send("/app/badge", Map.of("employeeNumber", "BARRIER", "action", "CHECK_IN"));
        replies.await(reply -> "BARRIER".equals(reply.get("employeeNumber")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> floor(Map<String, Object> occupancy, Floor floor) {
        return ((List<Map<String, Object>>) occupancy.get("floors")).stream()
                .filter(entry -> ((Number) entry.get("floorId")).longValue() == floor.getId())
                .findFirst().orElseThrow();
    }

    @Test
    void a_managers_approval_reaches_the_site_feed_as_a_transfer_message_and_a_new_reserved_count() throws Exception {
        Signing.signIn(users, testSite.username(Role.AGENT));
        presence.checkIn(testSite.agent().getId(), testSite.floor1().getId());
        TransferRequest request = transfers.request(new MoveDraft(testSite.agent().getId(),
                testSite.floor2().getId(), MoveReason.TRAINING, null, null, null));
        Signing.signOut();
        long siteId = testSite.site().getId();
        StompSession reader = connect(device(DeviceKind.BADGE_READER, testSite.floor2()).token(), new Connection());
        Inbox moves = subscribe(reader, "/topic/sites/" + siteId + "/transfers");
        Inbox occupancy = subscribe(reader, "/topic/sites/" + siteId + "/occupancy");
        Inbox replies = subscribe(reader, "/user/queue/badge");
        barrier(reader, replies);

        Signing.signIn(users, testSite.username(Role.SITE_MANAGER));
        transfers.approve(request.getId());

        Map<String, Object> move = moves.await(message -> "APPROVED".equals(message.get("state")));
        assertThat(move).containsEntry("type", "transfer")
                .containsEntry("personName", testSite.agent().getFullName())
                .containsEntry("fromFloor", Map.of("id", testSite.floor1().getId().intValue(), "name", "Plateau 1"))
                .containsEntry("toFloor", Map.of("id", testSite.floor2().getId().intValue(), "name", "Plateau 2"))
                .containsEntry("decidedBy", "SITE_MANAGER " + testSite.site().getName().substring(5))
                .containsEntry("denyReason", null);
        assertThat(((Number) move.get("transferId")).longValue()).isEqualTo(request.getId());
        assertThat(Instant.parse((String) move.get("at"))).isNotNull();

        Map<String, Object> loads = occupancy.await(message -> ((Number) floor(message, testSite.floor2())
                .get("reserved")).intValue() == 1);
        assertThat(loads).containsEntry("type", "occupancy");
        assertThat(((Number) loads.get("siteId")).longValue()).isEqualTo(siteId);
        assertThat(Instant.parse((String) loads.get("at"))).isNotNull();
        assertThat(floor(loads, testSite.floor2())).containsEntry("name", "Plateau 2").containsEntry("present", 0)
                .containsEntry("cap", 30).containsEntry("open", true).containsEntry("closedReason", null);
        assertThat(floor(loads, testSite.floor1())).containsEntry("present", 1);
    }

    @Test
    void a_badge_message_checks_the_person_in_and_the_reader_gets_the_answer() throws Exception {
        StompSession reader = connect(device(DeviceKind.BADGE_READER, testSite.floor1()).token(), new Connection());
        Inbox replies = subscribe(reader, "/user/queue/badge");
        String number = testSite.agent().getEmployeeNumber().toLowerCase(Locale.ROOT);

        reader.send("/app/badge", Map.of("employeeNumber", number, "action", "CHECK_IN"));

        Map<String, Object> reply = replies.await(message -> number.equals(message.get("employeeNumber")));
        assertThat(reply).containsEntry("ok", true).containsEntry("action", "CHECK_IN").containsEntry("message",
                "Entrée enregistrée : " + testSite.agent().getFullName() + " sur « Plateau 1 ».");
        Signing.signIn(users, testSite.username(Role.SITE_MANAGER));
        assertThat(presence.whereIs(testSite.agent().getId())).map(Stay::floorId)
                .contains(testSite.floor1().getId());

        reader.send("/app/badge", Map.of("employeeNumber", "NOBODY", "action", "CHECK_IN"));
        assertThat(replies.await(message -> "NOBODY".equals(message.get("employeeNumber"))))
                .containsEntry("ok", false)
                .containsEntry("message", "Aucune personne de ce site n’a le matricule « NOBODY ».");
    }

    @Test
    void a_wrong_or_missing_token_is_refused_at_connect() throws Exception {
        StompHeaders forged = new StompHeaders();
        forged.add("Authorization", "Bearer forged");
        Connection refused = new Connection();
        CompletableFuture<StompSession> session = connect(forged, refused);

        StompHeaders error = refused.errors.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(error).isNotNull();
        assertThat(error.getFirst("message")).isEqualTo("Appareil non reconnu : ce jeton est inconnu ou a été révoqué.");
        assertThat(error.getFirst("code")).isEqualTo("device.error.not-recognised");
        assertThat(refused.texts.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(error.getFirst("message"));
        assertThat(refused.closed.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isNotNull();
        assertThat(session.isDone() && !session.isCompletedExceptionally()).isFalse();

        Connection anonymous = new Connection();
        connect(new StompHeaders(), anonymous);
        assertThat(anonymous.errors.poll(WAIT_SECONDS, TimeUnit.SECONDS).getFirst("code"))
                .isEqualTo("feed.error.token-missing");
    }

    @Test
    void the_device_token_header_is_accepted_too() throws Exception {
        StompHeaders headers = new StompHeaders();
        headers.add("device-token", device(DeviceKind.FEED_CLIENT, null).token());
        StompSession session = connect(headers, new Connection()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(session.isConnected()).isTrue();
    }

    @Test
    void subscribing_to_another_sites_topic_is_refused_and_ends_the_connection() throws Exception {
        TestSite elsewhere = fixtures.site();
        Connection connection = new Connection();
        StompSession session = connect(device(DeviceKind.FEED_CLIENT, null).token(), connection);

        Inbox stolen = subscribe(session, "/topic/sites/" + elsewhere.site().getId() + "/occupancy");

        StompHeaders error = connection.errors.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(error).isNotNull();
        assertThat(error.getFirst("code")).isEqualTo("feed.error.subscription-refused");
        assertThat(connection.closed.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isNotNull();
        assertThat(stolen.messages).isEmpty();
    }

    @Test
    void only_a_badge_reader_may_send() throws Exception {
        Connection connection = new Connection();
        StompSession session = connect(device(DeviceKind.FEED_CLIENT, null).token(), connection);

        session.send("/app/badge", Map.of("employeeNumber", testSite.agent().getEmployeeNumber(),
                "action", "CHECK_IN"));

        assertThat(connection.errors.poll(WAIT_SECONDS, TimeUnit.SECONDS).getFirst("code"))
                .isEqualTo("feed.error.send-refused");
        Signing.signIn(users, testSite.username(Role.SITE_MANAGER));
        assertThat(presence.whereIs(testSite.agent().getId())).isEmpty();
    }

    @Test
    void revoking_a_device_ends_its_open_connection() throws Exception {
        NewDevice feed = device(DeviceKind.FEED_CLIENT, null);
        Connection connection = new Connection();
        connect(feed.token(), connection);

        Fixtures.asSystem(() -> devices.revoke(feed.device().getId()));

        assertThat(connection.closed.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void the_feed_handshake_and_the_entrance_display_need_no_login_but_administration_does() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> kiosk = browser.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/kiosk/some-token")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> admin = browser.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/devices")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(kiosk.statusCode()).isEqualTo(200);
        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }
}
