package app.plateau.security;

import static app.plateau.Fixtures.asSystem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.Signing;
import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.organisation.Person;
import app.plateau.security.AccountService.AccountDraft;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

@SpringBootTest
@Tag("mariadb")
class AccountServiceTest {

    @Autowired
    private AccountService accounts;
    @Autowired
    private AccountUserDetailsService users;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;
    private AuthenticationManager authenticationManager;
    private TestSite testSite;

    @BeforeEach
    void setUp() throws Exception {
        authenticationManager = authenticationConfiguration.getAuthenticationManager();
        testSite = fixtures.site();
    }

    @AfterEach
    void signOut() {
        Signing.signOut();
    }

    private void signInAsAdmin() {
        Signing.signIn(users, testSite.username(Role.ADMIN));
    }

    private Account account(String username) {
        return asSystem(() -> accounts.page(null, username, PageRequest.of(0, 2))).stream()
                .filter(account -> account.getUsername().equals(username))
                .findFirst().orElseThrow();
    }

    private AccountDraft draft(String username, Long siteId, Role... roles) {
        return new AccountDraft(username, "Nom " + username, siteId, null,
                roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles)));
    }

    private void signInWith(String username, String password) {
        authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .extracting(thrown -> ((DomainException) thrown).getMessageKey()).isEqualTo(messageKey);
    }

    @Test
    void a_username_is_kept_lower_case_without_surrounding_blanks() {
        signInAsAdmin();
        String username = Fixtures.unique("karim.b").toLowerCase(Locale.ROOT);

        Account created = accounts.create(draft("  " + username.toUpperCase(Locale.ROOT) + " ",
                testSite.site().getId(), Role.AGENT), Fixtures.PASSWORD);

        assertThat(created.getUsername()).isEqualTo(username);
    }

    @Test
    void a_username_taken_in_another_case_is_refused() {
        signInAsAdmin();
        String taken = testSite.username(Role.AGENT).toUpperCase(Locale.ROOT);

        assertRefused(() -> accounts.create(draft(taken, testSite.site().getId(), Role.AGENT), null),
                "account.error.username-taken");
    }

    @Test
    void a_username_with_spaces_markup_or_too_many_characters_is_refused() {
        signInAsAdmin();
        for (String bad : new String[] {"jean dupont", "<script>x</script>", "émile", "x".repeat(61), "  ", null}) {
            assertRefused(() -> accounts.create(draft(bad, testSite.site().getId(), Role.AGENT), null),
                    "account.error.username-invalid");
        }
    }

    @Test
    void an_account_needs_a_role() {
        signInAsAdmin();

        assertRefused(() -> accounts.create(draft(Fixtures.unique("norole"), testSite.site().getId()), null),
                "account.error.no-role");
    }

    @Test
    void only_an_administrator_account_may_belong_to_no_site() {
        Signing.signIn(users, fixtures.globalAdmin());

        assertRefused(() -> accounts.create(draft(Fixtures.unique("nosite"), null, Role.AGENT), null),
                "account.error.site-required");
        assertRefused(() -> accounts.create(draft(Fixtures.unique("nosite"), null, Role.ADMIN, Role.AUDITOR), null),
                "account.error.site-required");
        assertThat(accounts.create(draft(Fixtures.unique("nosite"), null, Role.ADMIN), null).getSiteId()).isNull();
    }

    @Test
    void a_site_administrator_cannot_create_an_account_at_no_site() {
        signInAsAdmin();

        assertThatThrownBy(() -> accounts.create(draft(Fixtures.unique("nosite"), null, Role.ADMIN), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_person_of_another_site_is_refused() {
        TestSite other = fixtures.site();
        Person stranger = fixtures.person(other.site(), Fixtures.unique("S"), "Personne Ailleurs", other.team(),
                other.floor1());
        signInAsAdmin();
        AccountDraft draft = new AccountDraft(Fixtures.unique("stranger"), "Ailleurs", testSite.site().getId(),
                stranger.getId(), EnumSet.of(Role.AGENT));

        assertRefused(() -> accounts.create(draft, null), "account.error.person-other-site");
        long agentId = account(testSite.username(Role.AGENT)).getId();
        assertRefused(() -> accounts.update(agentId, "Ailleurs", testSite.site().getId(), stranger.getId(),
                EnumSet.of(Role.AGENT)), "account.error.person-other-site");
    }

    @Test
    void a_site_administrator_cannot_touch_the_accounts_of_another_site() {
        TestSite other = fixtures.site();
        long foreign = account(other.username(Role.AGENT)).getId();
        Long otherSite = other.site().getId();
        signInAsAdmin();

        assertThatThrownBy(() -> accounts.get(foreign)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.lock(foreign)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.resetPassword(foreign)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.update(foreign, "Pris", otherSite, null, EnumSet.of(Role.AGENT)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.page(otherSite, "", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create(draft(Fixtures.unique("intrus"), otherSite, Role.ADMIN), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.page(null, "", PageRequest.of(0, 50)))
                .allMatch(account -> testSite.site().getId().equals(account.getSiteId()));
    }

    @Test
    void an_administrator_cannot_lock_their_own_account() {
        Account self = account(testSite.username(Role.ADMIN));
        signInAsAdmin();

        assertRefused(() -> accounts.lock(self.getId()), "account.error.lock-self");
    }

    @Test
    void an_administrator_cannot_remove_their_own_administrator_role() {
        Account self = account(testSite.username(Role.ADMIN));
        signInAsAdmin();

        assertRefused(() -> accounts.update(self.getId(), self.getDisplayName(), self.getSiteId(), null,
                EnumSet.of(Role.SITE_MANAGER)), "account.error.own-admin-role");
        assertThat(account(testSite.username(Role.ADMIN)).getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void a_locked_account_cannot_sign_in_until_unlocked() {
        String agent = testSite.username(Role.AGENT);
        long id = account(agent).getId();
        signInAsAdmin();

        accounts.lock(id);
        // Refused like a wrong password: the answer does not tell a guesser that the account is locked.
        assertThatThrownBy(() -> signInWith(agent, Fixtures.PASSWORD)).isInstanceOf(BadCredentialsException.class);

        accounts.unlock(id);
        signInWith(agent, Fixtures.PASSWORD);
    }

    @Test
    void a_reset_password_signs_in_and_clears_a_hold() {
        String agent = testSite.username(Role.AGENT);
        for (int attempt = 0; attempt < LoginAttempts.THRESHOLD; attempt++) {
            assertThatThrownBy(() -> signInWith(agent, "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signInWith(agent, Fixtures.PASSWORD)).isInstanceOf(BadCredentialsException.class);
        signInAsAdmin();

        String temporary = accounts.resetPassword(account(agent).getId());

        assertThat(temporary).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
        signInWith(agent, temporary);
        assertThatThrownBy(() -> signInWith(agent, Fixtures.PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void an_account_created_without_password_cannot_sign_in() {
        signInAsAdmin();
        String username = Fixtures.unique("nopass").toLowerCase(Locale.ROOT);
        accounts.create(draft(username, testSite.site().getId(), Role.AUDITOR), "");

        assertThatThrownBy(() -> signInWith(username, "")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void an_initial_password_outside_the_policy_is_refused_and_nothing_is_saved() {
        signInAsAdmin();
        String username = Fixtures.unique("weak").toLowerCase(Locale.ROOT);

        assertRefused(() -> accounts.create(draft(username, testSite.site().getId(), Role.AGENT), "court"),
                "password.error.too-short");
        assertRefused(() -> accounts.create(draft(username, testSite.site().getId(), Role.AGENT), username),
                "password.error.same-as-username");
        assertThat(accounts.count(null, username)).isZero();
    }

    @Test
    void roles_other_than_administrator_may_not_manage_accounts() {
        Signing.signIn(users, testSite.username(Role.SITE_MANAGER));

        assertThatThrownBy(() -> accounts.count(null, "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create(draft(Fixtures.unique("x"), testSite.site().getId(), Role.ADMIN),
                null)).isInstanceOf(AccessDeniedException.class);
    }
}
