package app.plateau;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application as an operator meets it: on real ports (the management server is a child context
 * of its own, started only with a web server), with Prometheus export on as in production, an
 * operator credential, and the database behind a {@link SwitchableDataSource}. Every test class
 * that carries it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "plateau.operator.username=" + OperationsContext.OPERATOR,
        // BCrypt of OPERATOR_PASSWORD at strength 4, which keeps the tests quick
        "plateau.operator.password-hash=$2a$04$4PHGib5UlxjUac4AIjJg/eYcR966PlyN0p5zOmOD6kR0mESfb8sWq"})
@AutoConfigureObservability(tracing = false)
@Import(SwitchableDataSource.Wrapping.class)
public @interface OperationsContext {

    String OPERATOR = "ops-test";
    String OPERATOR_PASSWORD = "Operator-pass-1";
}
