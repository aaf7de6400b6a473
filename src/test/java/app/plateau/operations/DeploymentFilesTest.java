package app.plateau.operations;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.OperationsContext;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.core.env.Environment;
import org.yaml.snakeyaml.Yaml;

/**
 * What Docker Compose is told about Plateau holds for the application that runs: its health check
 * asks a probe that answers without a credential, the management port stays on the host, and
 * Docker waits for the graceful shutdown before it kills. No Docker engine is needed: the files
 * are read, the probe is asked of the running application.
 */
@OperationsContext
class DeploymentFilesTest {

    @LocalManagementPort
    int managementPort;
    @Autowired
    Environment environment;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plateauService() throws IOException {
        try (Reader compose = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            Map<String, Object> file = new Yaml().load(compose);
            return (Map<String, Object>) ((Map<String, Object>) file.get("services")).get("plateau");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_compose_health_check_asks_the_readiness_probe_on_the_management_port() throws Exception {
        Map<String, Object> plateau = plateauService();
        Map<String, Object> healthcheck = (Map<String, Object>) plateau.get("healthcheck");
        assertThat(healthcheck).as("a health check on the plateau service").isNotNull();
        List<String> test = (List<String>) healthcheck.get("test");
        assertThat(test).startsWith("CMD", "curl").contains("--fail");
        String composePort = String.valueOf(((Map<String, Object>) plateau.get("environment")).get("MANAGEMENT_PORT"));
        URI probe = URI.create(test.get(test.size() - 1));
        assertThat(probe.getPort()).hasToString(composePort);
        assertThat(Files.readString(Path.of("Dockerfile"))).contains("curl --version");

        // The same path on this running application, without a credential, as Docker asks it.
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + managementPort + probe.getPath())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_management_port_is_published_on_the_hosts_loopback_only() throws Exception {
        Map<String, Object> plateau = plateauService();
        String composePort = String.valueOf(((Map<String, Object>) plateau.get("environment")).get("MANAGEMENT_PORT"));
        List<String> ports = (List<String>) plateau.get("ports");

        assertThat(ports).filteredOn(port -> port.endsWith(":" + composePort))
                .singleElement().asString().startsWith("127.0.0.1:");
    }

    @Test
    void docker_waits_for_the_graceful_shutdown_before_it_kills() throws Exception {
        assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
        Duration phase = environment.getProperty("spring.lifecycle.timeout-per-shutdown-phase", Duration.class);
        Object grace = plateauService().get("stop_grace_period");
        assertThat(grace).as("stop_grace_period (Docker's default is 10 s)").isNotNull();
        Duration dockerWaits = Duration.parse("PT" + grace.toString().toUpperCase(Locale.ROOT));

        assertThat(phase).isNotNull();
        assertThat(dockerWaits).isGreaterThan(phase);
    }
}
