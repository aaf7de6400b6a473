package app.plateau.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.base.DomainException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

class ErrorHandlingTest {

    @Test
    void each_kind_of_refusal_gets_its_own_message() {
        assertThat(ErrorHandling.keyFor(new AccessDeniedException("no"))).isEqualTo("error.access-denied");
        assertThat(ErrorHandling.keyFor(new ObjectOptimisticLockingFailureException(Object.class, 1L)))
                .isEqualTo("error.concurrent-change");
        assertThat(ErrorHandling.keyFor(new RuntimeException(new DataIntegrityViolationException("duplicate"))))
                .isEqualTo("error.conflict");
        assertThat(ErrorHandling.keyFor(new IllegalStateException("bug"))).isEqualTo("error.unexpected");
    }

    @Test
    void a_database_out_of_reach_is_told_apart_from_a_bug_however_it_is_wrapped() {
        assertThat(ErrorHandling.keyFor(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms"))))
                .isEqualTo("error.unavailable.notice");
        assertThat(ErrorHandling.keyFor(new RuntimeException(new DataAccessResourceFailureException("socket closed"))))
                .isEqualTo("error.unavailable.notice");
        assertThat(ErrorHandling.keyFor(new IllegalStateException(new SQLNonTransientConnectionException("reset"))))
                .isEqualTo("error.unavailable.notice");
        assertThat(ErrorHandling.keyFor(new IllegalStateException(new SQLSyntaxErrorException("bad query"))))
                .isEqualTo("error.unexpected");
    }

    @Test
    void a_domain_exception_is_found_behind_wrappers() {
        DomainException refusal = new DomainException("floor.error.in-use", "Plateau 1");
        assertThat(ErrorHandling.domainCause(new RuntimeException(refusal))).isSameAs(refusal);
        assertThat(ErrorHandling.keyFor(refusal)).isNull();
    }
}
