package app.plateau;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml read as Compose reads it, since no Docker engine runs the tests: nothing in it
 * may work unchanged in production with a password anyone can read in this repository.
 */
@Tag("security")
class DockerComposeTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final Path ENV_EXAMPLE = Path.of(".env.example");
    /** {@code ${NAME:?message}}: Compose refuses to start when NAME is unset or empty. */
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{(\\w+):\\?([^}]+)}");

    @Test
    void no_password_or_secret_has_a_default_value() throws IOException {
        environments().forEach((service, environment) -> environment.forEach((name, value) -> {
            if (name.contains("PASSWORD") || name.contains("SECRET")) {
                // Either passed through (unset when not given) or required: never a default.
                assertThat(value == null || REQUIRED.matcher(value.toString()).matches())
                        .as("%s: %s=%s", service, name, value).isTrue();
            }
        }));
    }

    @Test
    void the_database_passwords_are_required_with_a_message_saying_where_to_set_them() throws IOException {
        Map<String, Map<String, Object>> environments = environments();
        assertRequired(environments.get("mariadb").get("MARIADB_PASSWORD"), "DB_PASSWORD");
        assertRequired(environments.get("mariadb").get("MARIADB_ROOT_PASSWORD"), "DB_ROOT_PASSWORD");
        assertRequired(environments.get("plateau").get("DB_PASSWORD"), "DB_PASSWORD");
    }

    @Test
    void plateau_runs_with_the_production_profiles_and_receives_the_first_administrator() throws IOException {
        Map<String, Object> plateau = environments().get("plateau");
        assertThat(plateau.get("SPRING_PROFILES_ACTIVE")).isEqualTo("mariadb,production");
        // Passed through from .env or the shell, and left unset when not given there.
        for (String name : List.of("PLATEAU_ADMIN_USERNAME", "PLATEAU_ADMIN_PASSWORD", "PLATEAU_ADMIN_PASSWORD_FILE",
                "PLATEAU_SECURITY_HTTPS")) {
            assertThat(plateau).as(name).containsEntry(name, null);
        }
    }

    @Test
    void the_env_example_names_every_required_variable_and_leaves_the_passwords_empty() throws IOException {
        Map<String, String> example = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ENV_EXAMPLE)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int equals = line.indexOf('=');
                example.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        Set<String> required = new TreeSet<>();
        Matcher matcher = REQUIRED.matcher(Files.readString(COMPOSE));
        while (matcher.find()) {
            required.add(matcher.group(1));
        }
        assertThat(required).contains("DB_PASSWORD", "DB_ROOT_PASSWORD");
        assertThat(example.keySet()).containsAll(required)
                .contains("PLATEAU_ADMIN_USERNAME", "PLATEAU_ADMIN_PASSWORD");
        // Copied unchanged, it does not start: every password is to be chosen.
        example.forEach((name, value) -> {
            if (name.contains("PASSWORD")) {
                assertThat(value).as(name).isEmpty();
            }
        });
    }

    private static void assertRequired(Object value, String variable) {
        Matcher matcher = REQUIRED.matcher(String.valueOf(value));
        assertThat(matcher.matches()).as("%s is required", value).isTrue();
        assertThat(matcher.group(1)).isEqualTo(variable);
        assertThat(matcher.group(2)).contains(variable).contains(".env");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> environments() throws IOException {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(COMPOSE)) {
            compose = new Yaml().load(reader);
        }
        Map<String, Map<String, Object>> environments = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) compose.get("services")).forEach((service, definition) ->
                environments.put(service, (Map<String, Object>) definition.getOrDefault("environment", Map.of())));
        return environments;
    }
}
