package app.plateau.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address, and of all clients together, against guessing across many
 * accounts: within a window, a client may fail {@code client-failures} times; once all clients
 * together have failed {@code global-failures} times in theirs, every client is held to
 * {@code client-failures-at-ceiling} until that window ends. Past its limit a client is refused at
 * once, without a look at the account. The ceiling tightens rather than closes: a hard stop for
 * everyone would let a handful of addresses shut a whole site out at the start of a shift, while
 * this still gives each person a few tries and bounds guessing by how many addresses an attacker
 * holds. An attempt takes its place before its password is checked and gives it back if the
 * password is right, so simultaneous attempts cannot overshoot the limits.
 *
 * <p>The address is the request's remote address: behind a proxy, only with
 * {@code server.forward-headers-strategy} set, as the {@code production} profile does. An IPv6
 * client counts by its /64 network, which one subscriber usually holds whole. At most
 * {@code tracked-clients} addresses are remembered, the longest unseen forgotten first, so what an
 * attacker's addresses can fill is bounded.
 */
@Component
class LoginThrottle {

    /** As long as the longest IPv6 address written out; a longer header value is cut, never stored whole. */
    private static final int KEY_MAX = 45;
    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[?[0-9a-f:.]*:[0-9a-f:.]*]?");

    /** A place taken by one attempt, given back when its password turns out right. */
    interface Permit {

        void giveBack();
    }

    /** One counting window: when it started and how many failures (or attempts under way) it holds. */
    private static final class Window {

        private final Instant start;
        private int count;

        private Window(Instant start) {
            this.start = start;
        }
    }

    private final int clientLimit;
    private final int clientLimitAtCeiling;
    private final Duration clientWindow;
    private final int globalLimit;
    private final Duration globalWindow;
    private final Clock clock;
    private final Map<String, Window> clients;
    private Window global;

    LoginThrottle(@Value("${plateau.security.login.client-failures}") int clientLimit,
            @Value("${plateau.security.login.client-window}") Duration clientWindow,
            @Value("${plateau.security.login.client-failures-at-ceiling}") int clientLimitAtCeiling,
            @Value("${plateau.security.login.global-failures}") int globalLimit,
            @Value("${plateau.security.login.global-window}") Duration globalWindow,
            @Value("${plateau.security.login.tracked-clients}") int trackedClients, Clock clock) {
        this.clientLimit = clientLimit;
        this.clientLimitAtCeiling = Math.min(clientLimit, clientLimitAtCeiling);
        this.clientWindow = clientWindow;
        this.globalLimit = globalLimit;
        this.globalWindow = globalWindow;
        this.clock = clock;
        this.clients = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
                return size() > trackedClients;
            }
        };
        this.global = new Window(clock.instant());
    }

    /**
     * Takes a place for one attempt from this address, or none when the address has reached its
     * limit, the lower one while all clients together are at the ceiling.
     *
     * @param address the client's address; null counts towards the global ceiling only, and is
     *                refused while it is reached
     */
    synchronized Optional<Permit> tryAcquire(String address) {
        Instant now = clock.instant();
        if (!now.isBefore(global.start.plus(globalWindow))) {
            global = new Window(now);
        }
        Window all = global;
        Window client = null;
        if (address != null) {
            String key = key(address);
            client = clients.get(key);
            if (client == null || !now.isBefore(client.start.plus(clientWindow))) {
                client = new Window(now);
                clients.put(key, client);
            }
        }
        boolean atCeiling = all.count >= globalLimit;
        int limit = atCeiling ? clientLimitAtCeiling : clientLimit;
        if (client == null ? atCeiling : client.count >= limit) {
            return Optional.empty();
        }
        all.count++;
        Window taken = client;
        if (taken != null) {
            taken.count++;
        }
        return Optional.of(() -> giveBack(all, taken));
    }

    private synchronized void giveBack(Window all, Window client) {
        // A window ended meanwhile has been replaced; giving back to it changes nothing that still counts.
        all.count--;
        if (client != null) {
            client.count--;
        }
    }

    synchronized int trackedClients() {
        return clients.size();
    }

    /** The address a client counts under: an IPv4 address whole, an IPv6 one by its first 64 bits. */
    static String key(String address) {
        String text = address.strip().toLowerCase(Locale.ROOT);
        int zone = text.indexOf('%');
        text = zone >= 0 ? text.substring(0, zone) : text;
        text = text.length() > KEY_MAX ? text.substring(0, KEY_MAX) : text;
        if (!IPV6_LITERAL.matcher(text).matches()) {
            return text;
        }
        try {
            // By the pattern a literal, which InetAddress parses without looking any name up.
            InetAddress parsed = InetAddress.getByName(text);
            // An IPv4 client reached over IPv6 (::ffff:192.0.2.1) comes back as its IPv4 address.
            return parsed instanceof Inet6Address
                    ? HexFormat.of().formatHex(parsed.getAddress(), 0, 8) + "/64"
                    : parsed.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return text;
        }
    }
}
