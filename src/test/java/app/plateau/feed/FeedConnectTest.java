package app.plateau.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.occupancy.DeviceDraft;
import app.plateau.occupancy.DeviceKind;
import app.plateau.occupancy.DeviceService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The feed's door as a careless or hostile program meets it: raw WebSocket connections that send
 * frames before CONNECT, or nothing at all. The tests run with a short connect timeout
 * ({@code plateau.feed.connect-timeout} in the test profile).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("security")
class FeedConnectTest {

    /** Well beyond the test profile's connect timeout: an upper bound to wait, not a measure. */
    private static final long WAIT_SECONDS = 20;
    private static final int IDLE_CONNECTIONS = 60;

    @LocalServerPort
    private int port;
    @Value("${plateau.feed.connect-timeout}")
    private Duration connectTimeout;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private DeviceService devices;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<WebSocket> opened = new ArrayList<>();

    @AfterEach
    void closeWhatIsLeft() {
        opened.forEach(WebSocket::abort);
    }

    /** What one raw connection receives: whole text frames, and how it ended. */
    private static final class Frames implements WebSocket.Listener {

        final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                texts.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closed.complete(-1);
        }

        /** The next whole frame; fails when none comes in time. */
        String next() throws InterruptedException {
            String text = texts.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(text).as("a frame within %d s", WAIT_SECONDS).isNotNull();
            return text;
        }
    }

    private WebSocket open(Frames frames) throws Exception {
        WebSocket socket = http.newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/ws"), frames)
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        opened.add(socket);
        return socket;
    }

    private static void send(WebSocket socket, String frame) throws Exception {
        socket.sendText(frame + "\0", true).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** A header of a received frame, its STOMP escapes undone. */
    private static String header(String frame, String name) {
        return frame.lines().filter(line -> line.startsWith(name + ":"))
                .map(line -> line.substring(name.length() + 1).replace("\\c", ":").replace("\\\\", "\\"))
                .findFirst().orElse(null);
    }

    @Test
    void a_subscribe_before_connect_is_answered_not_connected_and_the_connection_ends() throws Exception {
        Frames frames = new Frames();
        WebSocket socket = open(frames);

        send(socket, "SUBSCRIBE\nid:0\ndestination:/topic/sites/1/occupancy\n\n");

        String error = frames.next();
        assertThat(error).startsWith("ERROR\n");
        assertThat(header(error, "code")).isEqualTo("feed.error.not-connected");
        assertThat(header(error, "message"))
                .isEqualTo("Connectez-vous d’abord avec le jeton de l’appareil (trame CONNECT).");
        assertThat(frames.closed.get(WAIT_SECONDS, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void a_send_before_connect_is_answered_not_connected_too() throws Exception {
        Frames frames = new Frames();
        WebSocket socket = open(frames);

        send(socket, "SEND\ndestination:/app/badge\ncontent-type:application/json\n\n"
                + "{\"employeeNumber\":\"X-1\",\"action\":\"CHECK_IN\"}");

        assertThat(header(frames.next(), "code")).isEqualTo("feed.error.not-connected");
        assertThat(frames.closed.get(WAIT_SECONDS, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void a_connection_that_never_sends_connect_is_told_and_closed_after_the_timeout() throws Exception {
        Frames frames = new Frames();
        WebSocket socket = open(frames);
        // Heart-beats (bare line ends) are traffic, not a CONNECT: they do not keep the door open.
        socket.sendText("\n", true).get(WAIT_SECONDS, TimeUnit.SECONDS);

        String error = frames.next();
        assertThat(header(error, "code")).isEqualTo("feed.error.connect-timeout");
        assertThat(header(error, "message")).isEqualTo("Aucune trame CONNECT reçue en " + connectTimeout.toSeconds()
                + " s : connexion fermée.");
        assertThat(frames.closed.get(WAIT_SECONDS, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void many_idle_connections_are_all_closed_while_a_connected_device_stays() throws Exception {
        TestSite testSite = fixtures.site();
        String token = Fixtures.asSystem(() -> devices.create(new DeviceDraft(testSite.site().getId(),
                Fixtures.unique("Flux "), DeviceKind.FEED_CLIENT, null))).token();
        Frames device = new Frames();
        WebSocket connected = open(device);
        send(connected, "CONNECT\naccept-version:1.2\nhost:plateau\nAuthorization:Bearer " + token + "\n\n");
        assertThat(device.next()).startsWith("CONNECTED\n");

        List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
        List<Frames> idle = new ArrayList<>();
        for (int i = 0; i < IDLE_CONNECTIONS; i++) {
            Frames frames = new Frames();
            idle.add(frames);
            opening.add(http.newWebSocketBuilder().buildAsync(URI.create("ws://localhost:" + port + "/ws"), frames));
        }
        for (CompletableFuture<WebSocket> socket : opening) {
            opened.add(socket.get(WAIT_SECONDS, TimeUnit.SECONDS));
        }

        CompletableFuture.allOf(idle.stream().map(frames -> frames.closed).toArray(CompletableFuture[]::new))
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        // The device connected before all of them, so its own timeout has passed as well.
        assertThat(device.closed).isNotDone();
        send(connected, "DISCONNECT\nreceipt:bye\n\n");
        assertThat(header(device.next(), "receipt-id")).isEqualTo("bye");
    }
}
