package app.plateau.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database itself keeps the rules that matter even if code forgets them: run on H2 and, in
 * the mariadb-it profile, on MariaDB, where Flyway's migrations and Hibernate's validation meet.
 */
@SpringBootTest
@Tag("mariadb")
class SchemaTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Fixtures fixtures;

    @Test
    void every_migration_is_applied() {
        Integer failed = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success = false", Integer.class);
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success = true", Integer.class);
        assertThat(failed).isZero();
        assertThat(applied).isPositive();
    }

    @Test
    void the_database_refuses_a_cap_above_the_positions() {
        TestSite site = fixtures.site();
        assertThatThrownBy(() -> jdbc.update("update floor set sanitary_cap = positions + 1 where id = ?",
                site.floor1().getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("select sanitary_cap from floor where id = ?", Integer.class,
                site.floor1().getId())).isEqualTo(20);
    }

    @Test
    void the_database_refuses_a_second_person_with_the_same_employee_number_at_a_site() {
        TestSite site = fixtures.site();
        assertThatThrownBy(() -> jdbc.update(
                "insert into person (site_id, employee_number, full_name, work_mode, active, version) "
                        + "values (?, ?, 'Copie', 'ON_SITE', true, 0)",
                site.site().getId(), site.agent().getEmployeeNumber()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void names_keep_accents_and_arabic_script() {
        TestSite site = fixtures.site();
        Person person = fixtures.person(site.site(), Fixtures.unique("AR"), "Meryem Aït Ouarab — مريم", null, null);
        assertThat(jdbc.queryForObject("select full_name from person where id = ?", String.class, person.getId()))
                .isEqualTo("Meryem Aït Ouarab — مريم");
    }
}
