package app.plateau.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plateau.security.AdminBootstrap.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

/**
 * The first start of a database without demo data: the variables an operator sets give it its first
 * global administrator. Tests that need "nobody can administer" lock the administrators for their length.
 */
@FirstStart
@Tag("security")
class AdminBootstrapTest {

    private static final String STRONG = "Un-mot-de-passe-solide";

    @Autowired
    private AdminBootstrap bootstrap;
    @Autowired
    private AccountRows rows;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;
    private AuthenticationManager authenticationManager;
    private List<Long> setAside = List.of();

    @BeforeEach
    void setUp() throws Exception {
        authenticationManager = authenticationConfiguration.getAuthenticationManager();
    }

    @AfterEach
    void putBack() {
        rows.deleteStartingWith("chef");
        rows.delete("admin");
        rows.unlock(setAside);
    }

    private void noAdministratorCanSignIn() {
        setAside = rows.lockAdministratorsWhoCanSignIn();
    }

    private Authentication signIn(String username, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                password));
    }

    @Test
    void the_first_start_with_the_variables_creates_a_global_administrator_who_signs_in() {
        PlateauUser admin = users.loadUserByUsername("premier.admin");
        assertThat(admin.isGlobalAdmin()).isTrue();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);

        Authentication signedIn = signIn("premier.admin", FirstStart.FIRST_PASSWORD);
        assertThat(signedIn.isAuthenticated()).isTrue();
    }

    @Test
    void once_an_administrator_can_sign_in_the_variables_are_ignored_and_the_log_says_they_can_go(
            CapturedOutput output) {
        assertThat(bootstrap.bootstrap(new Settings("chef", STRONG, null))).isFalse();

        assertThat(rows.count("chef")).isZero();
        assertThat(output.getOut()).containsPattern(
                "INFO .*An administrator can sign in: PLATEAU_ADMIN_USERNAME, PLATEAU_ADMIN_PASSWORD and "
                        + "PLATEAU_ADMIN_PASSWORD_FILE are ignored and can be removed");
    }

    @Test
    void with_no_administrator_the_variables_create_one_once(CapturedOutput output) {
        noAdministratorCanSignIn();

        assertThat(bootstrap.bootstrap(new Settings(" Chef.Un ", STRONG, null))).isTrue();
        assertThat(bootstrap.bootstrap(new Settings("chef.deux", STRONG, null))).isFalse();

        assertThat(rows.count("chef")).isEqualTo(1);
        assertThat(users.loadUserByUsername("chef.un").isGlobalAdmin()).isTrue();
        assertThat(signIn("chef.un", STRONG).isAuthenticated()).isTrue();
        assertThat(output.getOut()).containsPattern("INFO .*Created the global administrator \"chef.un\"")
                .doesNotContain(STRONG);
    }

    @Test
    void with_no_administrator_and_no_variables_every_start_logs_what_to_set(CapturedOutput output) {
        noAdministratorCanSignIn();

        assertThat(bootstrap.bootstrap(new Settings("", "", ""))).isFalse();
        assertThat(bootstrap.bootstrap(new Settings(null, null, null))).isFalse();

        assertThat(rows.administratorsWhoCanSignIn()).isEmpty();
        assertThat(output.getOut().lines().filter(line -> line.contains("WARN")
                && line.contains("No administrator can sign in to Plateau. To create the first one, set "
                        + "PLATEAU_ADMIN_USERNAME")
                && line.contains("and PLATEAU_ADMIN_PASSWORD (8 to 72 characters, not the username), or "
                        + "PLATEAU_ADMIN_PASSWORD_FILE"))).hasSize(2);
    }

    @Test
    void a_password_the_policy_refuses_stops_the_start_with_the_rule_it_breaks() {
        noAdministratorCanSignIn();

        assertThatThrownBy(() -> bootstrap.bootstrap(new Settings("chef", "court", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("PLATEAU_ADMIN_PASSWORD (plateau.admin.password) is refused: "
                        + "A password has at least 8 characters.");
        assertThatThrownBy(() -> bootstrap.bootstrap(new Settings("chef.admin", "CHEF.ADMIN", null)))
                .hasMessageEndingWith("is refused: A password cannot be your username.");
        assertThatThrownBy(() -> bootstrap.bootstrap(new Settings("chef", "x".repeat(73), null)))
                .hasMessageEndingWith("is refused: A password has at most 72 characters.");
        assertThat(rows.count("chef")).isZero();
    }

    @Test
    void half_given_or_unusable_variables_stop_the_start_saying_what_is_wrong() {
        noAdministratorCanSignIn();

        assertThatThrownBy(() -> bootstrap.bootstrap(new Settings("chef", "", null)))
                .hasMessage("PLATEAU_ADMIN_USERNAME is set but neither PLATEAU_ADMIN_PASSWORD nor "
                        + "PLATEAU_ADMIN_PASSWORD_FILE is: set one of them to create the first administrator.");
        assertThatThrownBy(() -> bootstrap.bootstrap(new Settings(null, STRONG, null)))
                .hasMessageStartingWith("PLATEAU_ADMIN_PASSWORD is set but PLATEAU_ADMIN_USERNAME is not");
        assertThatThrownBy(() -> bootstrap.bootstrap(new Settings("chef admin", STRONG, null)))
                .hasMessageStartingWith("PLATEAU_ADMIN_USERNAME \"chef admin\" is refused: A username has at most 60");
        assertThatThrownBy(() -> bootstrap.bootstrap(new Settings("chef", STRONG, "/run/secrets/none")))
                .hasMessage("Both PLATEAU_ADMIN_PASSWORD and PLATEAU_ADMIN_PASSWORD_FILE are set: keep one.");
        assertThatThrownBy(() -> bootstrap.bootstrap(new Settings("chef", null, "/run/secrets/none")))
                .hasMessageStartingWith("PLATEAU_ADMIN_PASSWORD_FILE /run/secrets/none cannot be read");
        assertThat(rows.count("chef")).isZero();
    }

    @Test
    void a_username_held_by_an_account_that_cannot_administer_stops_the_start() {
        noAdministratorCanSignIn();
        // The demo administrator once its password "demo" was removed.
        rows.insertGlobalAdministrator("admin", null);

        assertThatThrownBy(() -> bootstrap.bootstrap(new Settings("admin", STRONG, null)))
                .hasMessage("PLATEAU_ADMIN_USERNAME \"admin\" is taken by an account that cannot administer "
                        + "every site: choose another username for the first administrator.");
        assertThat(rows.passwordHash("admin")).isNull();
    }

    @Test
    void the_documented_variables_with_a_password_file_as_docker_secrets_give_it_create_the_administrator(
            @TempDir Path secrets) throws Exception {
        noAdministratorCanSignIn();
        Path secret = Files.writeString(secrets.resolve("plateau_admin_password"), STRONG + "\n");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("PLATEAU_ADMIN_USERNAME", "chef.secret",
                                "PLATEAU_ADMIN_PASSWORD_FILE", secret.toString())));
        // As Spring Boot reads variables into properties.
        ConfigurationPropertySources.attach(environment);

        assertThat(bootstrap.bootstrap(Settings.from(environment))).isTrue();

        assertThat(signIn("chef.secret", STRONG).isAuthenticated()).isTrue();
    }
}
