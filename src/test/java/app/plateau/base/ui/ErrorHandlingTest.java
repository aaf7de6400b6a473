package app.plateau.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.base.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

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
    void a_domain_exception_is_found_behind_wrappers() {
        DomainException refusal = new DomainException("floor.error.in-use", "Plateau 1");
        assertThat(ErrorHandling.domainCause(new RuntimeException(refusal))).isSameAs(refusal);
        assertThat(ErrorHandling.keyFor(refusal)).isNull();
    }
}
