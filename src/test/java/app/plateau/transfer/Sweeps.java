package app.plateau.transfer;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Lets view tests outside this package run the expiry sweep at a chosen instant, as the scheduler would. */
@Component
public class Sweeps {

    private final TransferLifecycle lifecycle;

    Sweeps(TransferLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public int expireAt(Instant now) {
        return lifecycle.expireAt(now);
    }
}
