package app.plateau.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plateau.Fixtures;
import app.plateau.SignedInServiceTest;
import app.plateau.Signing;
import app.plateau.base.NotFoundException;
import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import app.plateau.security.AccountService.AccountDraft;
import app.plateau.security.ActivationService.ActivationReport;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Activation links sent to a real (in-process) SMTP server, then used as the person would. */
@Tag("security")
class ActivationServiceTest extends SignedInServiceTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);
    static final long WAIT_MILLIS = 20_000;
    static final Pattern LINK = Pattern.compile("https://plateau\\.example\\.ma/activate/([A-Za-z0-9_-]+)");
    static final String NEW_PASSWORD = "Nouveau-mot-2";

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> SMTP.getSmtp().getBindTo());
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        // A trailing slash, as people type it, must not give a double one in the link.
        registry.add("plateau.public-url", () -> "https://plateau.example.ma/");
    }

    @Autowired
    ActivationService activation;
    @Autowired
    AccountService accounts;
    @Autowired
    PersonService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void clean() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        signIn(testSite.username(Role.ADMIN));
    }

    @Test
    void each_waiting_person_is_mailed_a_link_that_sets_their_password_once() throws Exception {
        String email = Fixtures.unique("salma").toLowerCase() + "@example.ma";
        Account waiting = awaiting(testSite, email);
        Account noEmail = awaiting(testSite, null);
        long active = jdbc.queryForObject("select id from account where username = ?", Long.class,
                testSite.username(Role.AGENT));

        ActivationReport report = activation.sendLinks(List.of(waiting.getId(), noEmail.getId(), active));

        assertThat(report).isEqualTo(new ActivationReport(1, 1, 1));
        MimeMessage mail = onlyMail();
        assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress()).isEqualTo(email);
        assertThat(mail.getSubject()).isEqualTo("Activez votre compte Plateau");
        String body = (String) mail.getContent();
        assertThat(body).contains("« " + waiting.getUsername() + " »").contains("valable 72 heures");
        String token = token(body);
        // Only the hash is kept: the database alone opens no account.
        assertThat(jdbc.queryForObject("select token_hash from account_activation where account_id = ?",
                String.class, waiting.getId())).isEqualTo(ActivationService.hash(token)).doesNotContain(token);

        Signing.signOut();
        assertThat(activation.usernameFor(token, "192.0.2.1")).contains(waiting.getUsername());
        activation.activate(token, NEW_PASSWORD, "192.0.2.1");

        assertThat(encoder.matches(NEW_PASSWORD, passwordHash(waiting))).isTrue();
        assertRefused(() -> activation.activate(token, "Autre-mot-3", "192.0.2.1"), "activation.error.invalid");
        assertThat(activation.usernameFor(token, "192.0.2.1")).isEmpty();
        assertThat(encoder.matches(NEW_PASSWORD, passwordHash(waiting))).isTrue();
    }

    @Test
    void a_new_link_replaces_the_older_one() throws Exception {
        Account waiting = awaiting(testSite, Fixtures.unique("omar").toLowerCase() + "@example.ma");
        activation.sendLinks(List.of(waiting.getId()));
        String first = token((String) onlyMail().getContent());
        SMTP.purgeEmailFromAllMailboxes();
        activation.sendLinks(List.of(waiting.getId()));
        String second = token((String) onlyMail().getContent());
        Signing.signOut();

        assertRefused(() -> activation.activate(first, NEW_PASSWORD, "192.0.2.2"), "activation.error.invalid");
        activation.activate(second, NEW_PASSWORD, "192.0.2.2");

        assertThat(encoder.matches(NEW_PASSWORD, passwordHash(waiting))).isTrue();
    }

    @Test
    void an_expired_link_gets_the_same_answer_as_an_unknown_one() throws Exception {
        Account waiting = awaiting(testSite, Fixtures.unique("hajar").toLowerCase() + "@example.ma");
        activation.sendLinks(List.of(waiting.getId()));
        String token = token((String) onlyMail().getContent());
        jdbc.update("update account_activation set expires_at = issued_at - interval '1' hour where account_id = ?",
                waiting.getId());
        Signing.signOut();

        assertRefused(() -> activation.activate(token, NEW_PASSWORD, "192.0.2.3"), "activation.error.invalid");
        assertRefused(() -> activation.activate(ActivationService.newToken(), NEW_PASSWORD, "192.0.2.3"),
                "activation.error.invalid");
        assertThat(passwordHash(waiting)).isNull();
    }

    @Test
    void a_password_against_the_rules_is_refused_and_leaves_the_link_usable() throws Exception {
        Account waiting = awaiting(testSite, Fixtures.unique("nadia").toLowerCase() + "@example.ma");
        activation.sendLinks(List.of(waiting.getId()));
        String token = token((String) onlyMail().getContent());
        Signing.signOut();

        assertRefused(() -> activation.activate(token, "court", "192.0.2.4"), "password.error.too-short");
        assertRefused(() -> activation.activate(token, waiting.getUsername(), "192.0.2.4"),
                "password.error.same-as-username");
        activation.activate(token, NEW_PASSWORD, "192.0.2.4");

        assertThat(encoder.matches(NEW_PASSWORD, passwordHash(waiting))).isTrue();
    }

    @Test
    void sending_to_every_waiting_account_of_the_site_skips_those_of_other_sites() throws Exception {
        Account here = awaiting(testSite, Fixtures.unique("ici").toLowerCase() + "@example.ma");
        Fixtures.TestSite other = fixtures.site();
        Account there = awaiting(other, Fixtures.unique("labas").toLowerCase() + "@example.ma");

        ActivationReport report = activation.sendLinksToAwaiting(testSite.site().getId(), "");

        assertThat(report.sent()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from account_activation where account_id in (?, ?)",
                Integer.class, here.getId(), there.getId())).isEqualTo(1);
        assertThatThrownBy(() -> activation.sendLinks(List.of(there.getId()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void only_an_administrator_sends_links() {
        Account waiting = awaiting(testSite, Fixtures.unique("x").toLowerCase() + "@example.ma");
        signIn(testSite.username(Role.SITE_MANAGER));

        assertDenied(() -> activation.sendLinks(List.of(waiting.getId())));
    }

    /** A person with this address (or none) and their account as a roster import leaves it: no password. */
    private Account awaiting(Fixtures.TestSite site, String email) {
        Person person = fixtures.person(site.site(), Fixtures.unique("R"), "Personne " + Fixtures.unique("n"),
                site.team(), site.floor1());
        if (email != null) {
            Fixtures.asSystem(() -> {
                Person loaded = people.get(person.getId());
                loaded.setEmail(email);
                return people.save(loaded);
            });
        }
        String username = Fixtures.unique("act").toLowerCase();
        return Fixtures.asSystem(() -> accounts.create(new AccountDraft(username, person.getFullName(),
                site.site().getId(), person.getId(), EnumSet.of(Role.AGENT)), null));
    }

    private String passwordHash(Account account) {
        return jdbc.queryForObject("select password_hash from account where id = ?", String.class, account.getId());
    }

    private static MimeMessage onlyMail() {
        assertThat(SMTP.waitForIncomingEmail(WAIT_MILLIS, 1)).as("the link arrives").isTrue();
        MimeMessage[] messages = SMTP.getReceivedMessages();
        assertThat(messages).hasSize(1);
        return messages[0];
    }

    private static String token(String body) {
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a link in %s", body).isTrue();
        return link.group(1);
    }
}
