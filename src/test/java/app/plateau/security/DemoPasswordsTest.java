package app.plateau.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The public password {@code demo} on a database that was seeded with demo data; removes what it adds. */
@FirstStart
@Tag("security")
class DemoPasswordsTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private AccountRows rows;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private AccountRepository accounts;
    @Autowired
    private DemoPasswords demoPasswords;
    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;
    private AuthenticationManager authenticationManager;

    @BeforeEach
    void setUp() throws Exception {
        authenticationManager = authenticationConfiguration.getAuthenticationManager();
    }

    @AfterEach
    void removeDemoAccounts() {
        rows.delete("admin");
    }

    @Test
    void a_database_seeded_with_demo_data_and_started_again_without_it_no_longer_opens_with_demo(
            CapturedOutput output) throws Exception {
        // As the demo seed left it: the global administrator "admin" with the public password.
        rows.insertGlobalAdministrator("admin", passwordEncoder.encode("demo"));

        startAgain();

        assertThatThrownBy(() -> signIn("admin", "demo")).isInstanceOf(AuthenticationException.class);
        assertThat(output.getOut()).containsPattern("WARN .*SECURITY: demo data is off \\(plateau.demo-data=false\\) "
                + "but demo accounts still had the public password \"demo\": admin\\. Their passwords are removed");
    }

    @Test
    void an_account_named_like_a_demo_one_keeps_a_password_of_its_own() throws Exception {
        rows.insertGlobalAdministrator("admin", passwordEncoder.encode("Choisi-par-l-exploitant"));

        startAgain();

        signIn("admin", "Choisi-par-l-exploitant");
    }

    @Test
    void demo_data_on_a_production_database_warns_at_every_start_that_the_demo_accounts_are_open(
            CapturedOutput output) {
        rows.insertGlobalAdministrator("admin", passwordEncoder.encode("demo"));
        DemoPasswords onMariaDb = new DemoPasswords(accounts, passwordEncoder,
                environment(true, "mariadb"));
        DemoPasswords embedded = new DemoPasswords(accounts, passwordEncoder, environment(true));

        onMariaDb.run(null);
        embedded.run(null);
        onMariaDb.run(null);

        assertThat(output.getOut().lines().filter(line -> line.contains("WARN")
                && line.contains("SECURITY: demo accounts sign in with the public password \"demo\" on this "
                        + "production database (plateau.demo-data=true): admin."))).hasSize(2);
        // Demo data was asked for: the accounts stay as documented.
        signIn("admin", "demo");
    }

    @Test
    void the_demo_password_is_given_only_when_demo_data_was_asked_for() {
        rows.insertGlobalAdministrator("admin", null);

        assertThatThrownBy(() -> demoPasswords.giveDemoPassword("admin"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the demo password is given only with plateau.demo-data=true");
        assertThat(rows.passwordHash("admin")).isNull();
    }

    private static MockEnvironment environment(boolean demoData, String... profiles) {
        MockEnvironment environment = new MockEnvironment().withProperty("plateau.demo-data",
                String.valueOf(demoData));
        environment.setActiveProfiles(profiles);
        return environment;
    }

    private void signIn(String username, String password) {
        authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    /** What a restart does once the database is up: the start-up runners, in their order. */
    private void startAgain() throws Exception {
        List<ApplicationRunner> runners = new ArrayList<>(context.getBeansOfType(ApplicationRunner.class).values());
        AnnotationAwareOrderComparator.sort(runners);
        for (ApplicationRunner runner : runners) {
            runner.run(new DefaultApplicationArguments());
        }
    }
}
