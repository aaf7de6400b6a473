package app.plateau;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plateau.Fixtures.TestSite;
import app.plateau.base.DomainException;
import app.plateau.security.AccountUserDetailsService;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Base of the service tests: real accounts signed in without a browser, on fixture sites of their
 * own. No test transaction, so what a refusal left behind is what the database really holds.
 */
@SpringBootTest
public abstract class SignedInServiceTest {

    @Autowired
    protected Fixtures fixtures;
    @Autowired
    private AccountUserDetailsService users;
    /** A fresh site of the test's own, with its floors, team, people and one account per role. */
    protected TestSite testSite;

    @BeforeEach
    void site() {
        testSite = fixtures.site();
    }

    protected void signIn(String username) {
        Signing.signIn(users, username);
    }

    @AfterEach
    void signOut() {
        Signing.signOut();
    }

    /** The call breaks a rule the user can read about: a domain exception with this message key. */
    protected static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", messageKey);
    }

    /** The caller's role or site does not allow the call, whether method security or the service says so. */
    protected static void assertDenied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }
}
