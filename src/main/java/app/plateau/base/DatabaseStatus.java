package app.plateau.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether the database can be reached, for the screens that wait for it to come back. Once a
 * screen met an outage, one background thread tries a connection every second until one works;
 * screens only read the answer, so a hundred open pages waiting cost one attempt, and no request
 * thread sits in the pool's connection timeout to find out.
 */
@Component
public class DatabaseStatus implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseStatus.class);
    private static final Duration RECHECK = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final AtomicBoolean reachable = new AtomicBoolean(true);
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-status");
        thread.setDaemon(true);
        return thread;
    });

    DatabaseStatus(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Whether the failure is the database being out of reach (down, cut off, or its pool unable to
     * hand out a connection in time), as opposed to a refusal or a bug.
     */
    public static boolean isOutage(Throwable throwable) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    /** The last answer: true until an outage is met, then false until a connection works again. */
    public boolean isReachable() {
        return reachable.get();
    }

    /** A screen met an outage: the answer is "unreachable" until the background check gets a connection. */
    public void markUnreachable() {
        if (reachable.compareAndSet(true, false)) {
            LOG.warn("The database cannot be reached: screens say the service is unavailable and retry");
            checker.schedule(this::recheck, RECHECK.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void recheck() {
        if (canConnect()) {
            reachable.set(true);
            LOG.info("The database can be reached again");
        } else {
            checker.schedule(this::recheck, RECHECK.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private boolean canConnect() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) RECHECK.toSeconds());
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }
}
