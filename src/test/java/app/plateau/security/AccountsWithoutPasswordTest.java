package app.plateau.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.security.AccountService.AccountDraft;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator's start page counts the accounts nobody can sign in with yet. */
class AccountsWithoutPasswordTest extends SignedInServiceTest {

    @Autowired
    AccountService accounts;

    private Account withoutPassword(TestSite site) {
        return Fixtures.asSystem(() -> accounts.create(new AccountDraft(Fixtures.unique("new").toLowerCase(),
                "Nouveau compte", site.site().getId(), null, EnumSet.of(Role.AGENT)), null));
    }

    @Test
    void a_site_administrator_counts_the_accounts_of_the_site_without_a_password_and_not_locked() {
        TestSite other = fixtures.site();
        withoutPassword(testSite);
        Account locked = withoutPassword(testSite);
        withoutPassword(other);
        signIn(testSite.username(Role.ADMIN));
        assertThat(accounts.countWithoutPassword(null)).isEqualTo(2);
        accounts.lock(locked.getId());
        assertThat(accounts.countWithoutPassword(testSite.site().getId())).isEqualTo(1);
    }

    @Test
    void a_global_administrator_counts_one_site_or_all() {
        TestSite other = fixtures.site();
        withoutPassword(testSite);
        withoutPassword(other);
        withoutPassword(other);
        signIn(fixtures.globalAdmin());
        assertThat(accounts.countWithoutPassword(other.site().getId())).isEqualTo(2);
        assertThat(accounts.countWithoutPassword(null)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void another_sites_administrator_and_other_roles_are_refused() {
        TestSite other = fixtures.site();
        signIn(other.username(Role.ADMIN));
        assertDenied(() -> accounts.countWithoutPassword(testSite.site().getId()));
        signIn(testSite.username(Role.SITE_MANAGER));
        assertDenied(() -> accounts.countWithoutPassword(testSite.site().getId()));
    }
}
