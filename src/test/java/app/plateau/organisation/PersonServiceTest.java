package app.plateau.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.Fixtures;
import app.plateau.Fixtures.TestSite;
import app.plateau.SignedInServiceTest;
import app.plateau.security.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@Tag("mariadb")
class PersonServiceTest extends SignedInServiceTest {

    @Autowired
    private PersonService people;

    private long peopleOf(TestSite site) {
        return Fixtures.asSystem(() -> people.count(site.site().getId(), null, ""));
    }

    private Person newcomer(String number) {
        return new Person(testSite.site(), number, "Amine Nouveau");
    }

    @Test
    void an_employee_number_is_unique_on_a_site_whatever_its_case_but_free_on_another_site() {
        TestSite other = fixtures.site();
        String number = testSite.agent().getEmployeeNumber();
        signIn(testSite.username(Role.ADMIN));

        assertRefused(() -> people.save(newcomer(number.toUpperCase())), "person.error.number-taken");
        assertThat(peopleOf(testSite)).isEqualTo(2);
        signIn(other.username(Role.ADMIN));
        people.save(new Person(other.site(), number, "Amine Ailleurs"));
        assertThat(peopleOf(other)).isEqualTo(3);
    }

    @Test
    void malformed_numbers_names_e_mails_and_phones_are_refused_and_nothing_is_saved() {
        signIn(testSite.username(Role.ADMIN));
        Person badEmail = newcomer("E-1");
        badEmail.setEmail("amine@example");
        Person badPhone = newcomer("E-2");
        badPhone.setPhone("appelez-moi");

        assertRefused(() -> people.save(newcomer("A B")), "person.error.number-pattern");
        assertRefused(() -> people.save(newcomer(" ")), "error.required");
        assertRefused(() -> people.save(new Person(testSite.site(), "E-3", "x".repeat(Person.NAME_MAX + 1))),
                "error.too-long");
        assertRefused(() -> people.save(badEmail), "person.error.email");
        assertRefused(() -> people.save(badPhone), "person.error.phone");
        assertThat(peopleOf(testSite)).isEqualTo(2);
    }

    @Test
    void a_team_or_home_floor_of_another_site_is_refused() {
        TestSite other = fixtures.site();
        signIn(testSite.username(Role.ADMIN));
        Person foreignTeam = newcomer("E-4");
        foreignTeam.setTeam(other.team());
        Person foreignFloor = newcomer("E-5");
        foreignFloor.setHomeFloor(other.floor1());

        assertRefused(() -> people.save(foreignTeam), "person.error.team-other-site");
        assertRefused(() -> people.save(foreignFloor), "person.error.floor-other-site");
        assertThat(peopleOf(testSite)).isEqualTo(2);
    }

    @Test
    void a_team_lead_can_be_neither_deleted_nor_made_inactive() {
        signIn(testSite.username(Role.ADMIN));
        Person lead = people.get(testSite.lead().getId());
        lead.setActive(false);

        assertRefused(() -> people.delete(lead.getId()), "person.error.leads-team");
        assertRefused(() -> people.save(lead), "person.error.inactive-lead");
        assertThat(people.get(lead.getId()).isActive()).isTrue();
    }

    @Test
    void a_person_with_an_account_cannot_be_deleted_but_one_without_can() {
        Person leaver = fixtures.person(testSite.site(), "D-1", "Hind Départ", null, null);
        signIn(testSite.username(Role.ADMIN));

        assertRefused(() -> people.delete(testSite.agent().getId()), "person.error.has-account");
        people.delete(leaver.getId());
        assertThat(peopleOf(testSite)).isEqualTo(2);
    }

    @Test
    void a_manager_reads_the_people_of_their_site_and_of_no_other() {
        TestSite other = fixtures.site();
        signIn(testSite.username(Role.SITE_MANAGER));

        assertThat(people.page(testSite.site().getId(), testSite.team().getId(), "", PageRequest.of(0, 20)))
                .containsExactly(testSite.lead(), testSite.agent());
        assertDenied(() -> people.page(other.site().getId(), null, "", PageRequest.of(0, 20)));
        assertDenied(() -> people.get(other.agent().getId()));
        assertDenied(() -> people.save(newcomer("M-1")));
    }

    @Test
    void the_administrator_of_another_site_cannot_add_or_remove_its_people() {
        TestSite other = fixtures.site();
        Person leaver = fixtures.person(testSite.site(), "D-2", "Omar Départ", null, null);
        signIn(other.username(Role.ADMIN));

        assertDenied(() -> people.save(newcomer("I-1")));
        assertDenied(() -> people.delete(leaver.getId()));
        assertThat(peopleOf(testSite)).isEqualTo(3);
    }

    @Test
    void an_agent_can_neither_read_nor_change_people() {
        signIn(testSite.username(Role.AGENT));

        assertDenied(() -> people.count(testSite.site().getId(), null, ""));
        assertDenied(() -> people.save(newcomer("A-1")));
        assertDenied(() -> people.delete(testSite.lead().getId()));
        assertThat(peopleOf(testSite)).isEqualTo(2);
    }
}
