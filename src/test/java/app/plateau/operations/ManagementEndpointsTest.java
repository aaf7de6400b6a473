package app.plateau.operations;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.OperationsContext;
import app.plateau.SwitchableDataSource;
import app.plateau.security.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The management port as an operator, an application user and a stranger meet it: probes open and
 * bare, everything else behind the operator's own credential, nothing of it on the application port.
 */
@Tag("security")
@OperationsContext
class ManagementEndpointsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int appPort;
    @LocalManagementPort
    int managementPort;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void databaseBack() {
        ((SwitchableDataSource) dataSource).up();
    }

    private HttpResponse<String> get(int port, String path, String username, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> management(String path) throws Exception {
        return get(managementPort, path, null, null);
    }

    private HttpResponse<String> asOperator(String path) throws Exception {
        return get(managementPort, path, OperationsContext.OPERATOR, OperationsContext.OPERATOR_PASSWORD);
    }

    @Test
    void metrics_are_refused_to_anyone_without_a_credential() throws Exception {
        HttpResponse<String> response = management("/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(response.body()).doesNotContain("jvm_");
    }

    @Test
    void the_operator_reads_plateaus_own_metrics_with_the_jvm_and_pool_figures() throws Exception {
        HttpResponse<String> response = asOperator("/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("plateau_ui_sessions", "jvm_memory_used_bytes",
                "hikaricp_connections_active", "process_cpu_usage");
    }

    @Test
    void an_application_accounts_credentials_open_nothing_on_the_management_port() throws Exception {
        TestSite site = fixtures.site();

        HttpResponse<String> response = get(managementPort, "/actuator/prometheus",
                site.username(Role.ADMIN), Fixtures.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("jvm_");
    }

    @Test
    void a_wrong_operator_password_is_refused() throws Exception {
        HttpResponse<String> response = get(managementPort, "/actuator/prometheus", OperationsContext.OPERATOR,
                "not-the-password");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void the_application_port_serves_no_actuator_even_to_the_operator() throws Exception {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator"}) {
            HttpResponse<String> anonymous = get(appPort, path, null, null);
            HttpResponse<String> operator = get(appPort, path, OperationsContext.OPERATOR,
                    OperationsContext.OPERATOR_PASSWORD);

            assertThat(anonymous.statusCode()).as(path).isNotEqualTo(200);
            assertThat(operator.statusCode()).as(path).isNotEqualTo(200);
            assertThat(anonymous.body() + operator.body()).as(path).doesNotContain("jvm_", "\"status\"");
        }
    }

    @Test
    void the_probes_answer_anyone_with_a_bare_status() throws Exception {
        HttpResponse<String> liveness = management("/actuator/health/liveness");
        HttpResponse<String> readiness = management("/actuator/health/readiness");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void the_full_health_report_is_the_operators_alone() throws Exception {
        assertThat(management("/actuator/health").statusCode()).isEqualTo(401);

        HttpResponse<String> report = asOperator("/actuator/health/readiness");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("\"db\"", "\"readinessState\"");
    }

    @Test
    void readiness_goes_down_with_the_database_while_liveness_stays_up() throws Exception {
        ((SwitchableDataSource) dataSource).down();

        HttpResponse<String> readiness = management("/actuator/health/readiness");
        HttpResponse<String> liveness = management("/actuator/health/liveness");

        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}");
        assertThat(liveness.statusCode()).isEqualTo(200);

        ((SwitchableDataSource) dataSource).up();
        assertThat(management("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }
}
