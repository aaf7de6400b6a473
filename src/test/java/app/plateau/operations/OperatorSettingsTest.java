package app.plateau.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Settings that would leave the management port open, or an operator who can never get in, stop the start. */
@Tag("security")
class OperatorSettingsTest {

    private static final String HASH = "$2y$12$0vHDOHSWcozHVR3o6ftJ7OBi8UdL9.jbS3v5zeV/9nxo0ggPh6IUq";

    @Test
    void a_management_port_equal_to_the_application_port_stops_the_start() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.port", "8080")
                .withProperty("management.server.port", "8080");

        assertThatThrownBy(() -> new ManagementSecurity(environment, new OperatorProperties("ops", HASH)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MANAGEMENT_PORT");
    }

    @Test
    void a_management_port_of_its_own_starts() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.port", "8080")
                .withProperty("management.server.port", "8081");

        assertThat(new ManagementSecurity(environment, new OperatorProperties("", ""))).isNotNull();
    }

    @Test
    void a_password_given_where_its_hash_belongs_stops_the_start() {
        assertThatThrownBy(() -> new OperatorProperties("ops", "Operator-pass-1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BCrypt");
    }

    @Test
    void a_username_without_a_hash_or_a_hash_without_a_username_stops_the_start() {
        assertThatThrownBy(() -> new OperatorProperties("ops", null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new OperatorProperties(" ", HASH)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void no_operator_at_all_is_allowed_and_opens_nothing() {
        assertThat(new OperatorProperties(null, null).configured()).isFalse();
        assertThat(new OperatorProperties("ops", HASH).configured()).isTrue();
    }
}
