package app.plateau;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay on the loopback between the application and its database, that a test can cut as a
 * stopped database does (open connections closed, new ones refused), or stall as a network gone
 * silent does (nothing passes any more, nothing is closed), and then restore on the same port.
 */
public final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "tcp-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final int port;
    private volatile ServerSocket server;
    private volatile boolean stalled;

    public TcpProxy(String host, int targetPort) throws IOException {
        this.target = new InetSocketAddress(host, targetPort);
        this.server = listen(0);
        this.port = server.getLocalPort();
        threads.execute(() -> accept(server));
    }

    public int port() {
        return port;
    }

    /** The database is gone: every relayed connection is closed and nothing listens any more. */
    public synchronized void cut() throws IOException {
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    /** The network goes silent: connections stay open, and neither they nor new ones carry a byte. */
    public void stall() {
        stalled = true;
    }

    /** The database is back on the same address. */
    public synchronized void restore() throws IOException {
        if (stalled) {
            // What was dropped while silent left these connections out of step: they end.
            for (Socket socket : open) {
                socket.close();
            }
            open.clear();
            stalled = false;
        }
        if (server.isClosed()) {
            server = listen(port);
            ServerSocket listening = server;
            threads.execute(() -> accept(listening));
        }
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                open.add(client);
                if (stalled) {
                    // Accepted by the kernel, answered by no one: the client waits for its own timeout.
                    continue;
                }
                Socket upstream = new Socket();
                upstream.connect(target, 2000);
                open.add(upstream);
                threads.execute(() -> relay(client, upstream));
                threads.execute(() -> relay(upstream, client));
            } catch (IOException closed) {
                // The listening socket was closed by cut(), or the database refused: the client sees it.
            }
        }
    }

    private void relay(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (!stalled) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
        } catch (IOException closed) {
            // One side went away; closing both below tells the other.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        cut();
        threads.shutdownNow();
    }
}
