package app.plateau.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What a start does to the accounts, on a database of its own (so that no other test's administrator is
 * there), started as an operator would the first time: demo data off, the first administrator's
 * variables set. The test classes that carry it share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:plateau-first-start;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "plateau.admin.username= Premier.Admin",
    "plateau.admin.password=" + FirstStart.FIRST_PASSWORD
})
@ExtendWith(OutputCaptureExtension.class)
@interface FirstStart {

    String FIRST_PASSWORD = "Premier-acces-2026";
}
