package app.plateau.base;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the listeners of a topic (a site, a person) that something they show has changed, at most
 * once per window per topic. The first change after a quiet window is passed on at once, so a lone
 * decision costs no waiting; the changes that follow within the window are folded into one more
 * call at its end, so a burst of a hundred gives two calls, not a hundred. Listeners re-read what
 * they show: the call carries only the topic.
 */
public final class Broadcaster<K> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Broadcaster.class);

    private final String name;
    private final long windowNanos;
    private final Map<K, Set<Consumer<K>>> listeners = new ConcurrentHashMap<>();
    private final Set<Consumer<K>> everyTopic = new CopyOnWriteArraySet<>();
    private final Map<K, Window> windows = new ConcurrentHashMap<>();
    private final ScheduledExecutorService trailing;

    public Broadcaster(String name, Duration window) {
        this.name = name;
        this.windowNanos = window.toNanos();
        this.trailing = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "broadcaster-" + name);
            thread.setDaemon(true);
            return thread;
        });
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
            } else {
                window.trailingDue = true;
                trailing.schedule(() -> fireTrailing(topic, window), windowNanos - elapsed, TimeUnit.NANOSECONDS);
            }
        }
        if (now) {
            fire(topic);
        }
    }

    private void fireTrailing(K topic, Window window) {
        synchronized (window) {
            window.trailingDue = false;
            window.lastFired = System.nanoTime();
        }
        fire(topic);
    }

    private void fire(K topic) {
        notify(listeners.get(topic), topic);
        notify(everyTopic, topic);
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
            }
        }
    }

    @Override
    public void close() {
        trailing.shutdownNow();
    }

    private static final class Window {
        private long lastFired = System.nanoTime() - Long.MAX_VALUE / 2;
        private boolean trailingDue;
    }
}
