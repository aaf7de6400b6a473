package app.plateau;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's pool behind a switch, for tests of a database outage: switched off, every
 * new connection is refused at once with the exception Hikari raises when its connection timeout
 * runs out; switched on, connections pass through. Connections already borrowed are not touched.
 */
public class SwitchableDataSource extends DelegatingDataSource {

    private volatile boolean down;

    SwitchableDataSource(DataSource pool) {
        super(pool);
    }

    public void down() {
        down = true;
    }

    public void up() {
        down = false;
    }

    @Override
    public Connection getConnection() throws SQLException {
        refuseWhenDown();
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        refuseWhenDown();
        return super.getConnection(username, password);
    }

    private void refuseWhenDown() throws SQLTransientConnectionException {
        if (down) {
            throw new SQLTransientConnectionException(
                    "HikariPool-1 - Connection is not available, request timed out after 3000ms (switched off by the test)",
                    "08001");
        }
    }

    /** Wraps the application's data source, so that everything that uses it goes through the switch. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Wrapping {

        @Bean
        static BeanPostProcessor switchableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource pool && !(bean instanceof SwitchableDataSource)
                            ? new SwitchableDataSource(pool) : bean;
                }
            };
        }
    }
}
