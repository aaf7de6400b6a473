package app.plateau.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BroadcasterTest {

    private final Broadcaster<Long> broadcaster = new Broadcaster<>("test", Duration.ofMillis(200));

    @AfterEach
    void close() {
        broadcaster.close();
    }

    @Test
    void a_burst_of_a_hundred_changes_gives_two_calls_not_a_hundred() {
        AtomicInteger calls = new AtomicInteger();
        broadcaster.register(1L, topic -> calls.incrementAndGet());
        for (int i = 0; i < 100; i++) {
            broadcaster.publish(1L);
        }
        Broadcaster.awaitAllIdle(Duration.ofSeconds(5));
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void a_lone_change_is_passed_on_at_once_on_the_broadcasters_own_thread() {
        List<String> threads = new CopyOnWriteArrayList<>();
        broadcaster.register(1L, topic -> threads.add(Thread.currentThread().getName()));
        broadcaster.publish(1L);
        Broadcaster.awaitAllIdle(Duration.ofSeconds(5));
        assertThat(threads).containsExactly("broadcaster-test");
    }

    @Test
    void topics_are_coalesced_separately_and_a_removed_listener_hears_nothing() {
        AtomicInteger site1 = new AtomicInteger();
        AtomicInteger site2 = new AtomicInteger();
        AtomicInteger all = new AtomicInteger();
        Registration first = broadcaster.register(1L, topic -> site1.incrementAndGet());
        broadcaster.register(2L, topic -> site2.incrementAndGet());
        broadcaster.registerAll(topic -> all.incrementAndGet());
        broadcaster.publish(1L);
        broadcaster.publish(2L);
        Broadcaster.awaitAllIdle(Duration.ofSeconds(5));
        first.remove();
        broadcaster.publish(1L);
        Broadcaster.awaitAllIdle(Duration.ofSeconds(5));
        assertThat(site1.get()).isEqualTo(1);
        assertThat(site2.get()).isEqualTo(1);
        assertThat(all.get()).isEqualTo(3);
        assertThat(broadcaster.listenerCount(1L)).isZero();
    }

    @Test
    void a_failing_listener_does_not_keep_the_others_uninformed() {
        AtomicInteger calls = new AtomicInteger();
        broadcaster.register(1L, topic -> {
            throw new IllegalStateException("UI gone");
        });
        broadcaster.register(1L, topic -> calls.incrementAndGet());
        broadcaster.publish(1L);
        Broadcaster.awaitAllIdle(Duration.ofSeconds(5));
        assertThat(calls.get()).isEqualTo(1);
    }
}
