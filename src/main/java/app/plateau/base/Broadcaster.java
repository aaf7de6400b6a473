package app.plateau.base;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells the listeners of a topic (a site, a person) that something they show has changed, at most
 * once per window per topic. The first change after a quiet window is passed on at once, so a lone
 * decision costs no waiting; the changes that follow within the window are folded into one more
 * call at its end, so a burst of a hundred gives two calls, not a hundred. Listeners re-read what
 * they show: the call carries only the topic.
 *
 * <p>Listeners are called on the broadcaster's own thread, never on the thread that published: a
 * UI's push task may run and push right there, and it must not run on another user's request
 * thread with that user's security context. The thread's security context is cleared after each
 * listener.
 *
 * <p>While a listener runs, {@link #currentDelivery()} tells it which broadcaster calls and since when
 * the change waited: the time from the commit to the screen's refresh is what operators watch.
 */
public final class Broadcaster<K> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Broadcaster.class);

    private final String name;
    private final long windowNanos;
    private final Map<K, Set<Consumer<K>>> listeners = new ConcurrentHashMap<>();
    private final Set<Consumer<K>> everyTopic = new CopyOnWriteArraySet<>();
    private final Map<K, Window> windows = new ConcurrentHashMap<>();
    private static final Set<Broadcaster<?>> OPEN = new CopyOnWriteArraySet<>();

    private final ScheduledExecutorService delivery;

    public Broadcaster(String name, Duration window) {
        this.name = name;
        this.windowNanos = window.toNanos();
        this.delivery = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new DeliveryThread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        OPEN.add(this);
    }

    /** Whether the caller runs on a broadcaster's delivery thread (where a listener's push happens). */
    public static boolean onDeliveryThread() {
        return Thread.currentThread() instanceof DeliveryThread;
    }

    /**
     * The change being passed on, when called from a listener on a broadcaster's delivery thread:
     * empty anywhere else.
     */
    public static Optional<Delivery> currentDelivery() {
        return Thread.currentThread() instanceof DeliveryThread thread && thread.publishedAt != null
                ? Optional.of(new Delivery(thread.broadcaster, thread.publishedAt)) : Optional.empty();
    }

    /** Listens to one topic until the registration is removed (a view removes it when detached). */
    public Registration register(K topic, Consumer<K> listener) {
        listeners.computeIfAbsent(topic, key -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(topic, (key, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Listens to every topic: for feeds that forward all changes. */
    public Registration registerAll(Consumer<K> listener) {
        everyTopic.add(listener);
        return () -> everyTopic.remove(listener);
    }

    public int listenerCount(K topic) {
        Set<Consumer<K>> set = listeners.get(topic);
        return set == null ? 0 : set.size();
    }

    /** Something of this topic changed; call after the change is committed. */
    public void publish(K topic) {
        Window window = windows.computeIfAbsent(topic, key -> new Window());
        boolean now;
        synchronized (window) {
            if (window.trailingDue) {
                return;
            }
            long elapsed = System.nanoTime() - window.lastFired;
            now = elapsed >= windowNanos;
            if (now) {
                window.lastFired = System.nanoTime();
                long publishedAt = window.lastFired;
                delivery.execute(() -> fire(topic, publishedAt));
            } else {
                window.trailingDue = true;
                window.firstFoldedAt = System.nanoTime();
                delivery.schedule(() -> fireTrailing(topic, window), windowNanos - elapsed, TimeUnit.NANOSECONDS);
            }
        }
    }

    private void fireTrailing(K topic, Window window) {
        long publishedAt;
        synchronized (window) {
            window.trailingDue = false;
            window.lastFired = System.nanoTime();
            publishedAt = window.firstFoldedAt;
        }
        fire(topic, publishedAt);
    }

    /** Runs on the delivery thread; {@code publishedAt} is when the oldest change it passes on was published. */
    private void fire(K topic, long publishedAt) {
        DeliveryThread thread = (DeliveryThread) Thread.currentThread();
        thread.publishedAt = publishedAt;
        try {
            notify(listeners.get(topic), topic);
            notify(everyTopic, topic);
        } finally {
            thread.publishedAt = null;
        }
    }

    private void notify(Set<Consumer<K>> set, K topic) {
        if (set == null) {
            return;
        }
        for (Consumer<K> listener : set) {
            try {
                listener.accept(topic);
            } catch (RuntimeException e) {
                // One broken listener (a UI gone half-way) must not keep the others uninformed.
                LOG.warn("{} listener failed for {}", name, topic, e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    /**
     * Waits until every open broadcaster has delivered what was published so far, trailing calls
     * included: for tests that assert what a pushed refresh shows.
     */
    public static void awaitAllIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Broadcaster<?> broadcaster : OPEN) {
            broadcaster.awaitIdle(deadline);
        }
    }

    private void awaitIdle(long deadline) {
        try {
            while (System.nanoTime() < deadline) {
                boolean due = windows.values().stream().anyMatch(window -> {
                    synchronized (window) {
                        return window.trailingDue;
                    }
                });
                delivery.submit(() -> { }).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (!due) {
                    return;
                }
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("broadcaster " + name + " did not become idle", e);
        }
    }

    @Override
    public void close() {
        OPEN.remove(this);
        delivery.shutdownNow();
    }

    /**
     * A change on its way to the listeners: the broadcaster's name, and the {@link System#nanoTime()}
     * at which it was published (for a folded burst, its first change).
     */
    public record Delivery(String broadcaster, long publishedAt) {

        public Duration waited() {
            return Duration.ofNanos(System.nanoTime() - publishedAt);
        }
    }

    private static final class DeliveryThread extends Thread {

        private final String broadcaster;
        private Long publishedAt;

        private DeliveryThread(Runnable runnable, String broadcaster) {
            super(runnable, "broadcaster-" + broadcaster);
            this.broadcaster = broadcaster;
        }
    }

    private static final class Window {
        private long lastFired = System.nanoTime() - Long.MAX_VALUE / 2;
        private boolean trailingDue;
        private long firstFoldedAt;
    }
}
