package app.plateau.organisation;

import app.plateau.security.PersonDirectory;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells security which site a person works at, so that an account cannot join a person of another site. */
@Component
class PersonDirectoryAdapter implements PersonDirectory {

    private final PersonRepository people;

    PersonDirectoryAdapter(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> siteOfPerson(long personId) {
        return Optional.ofNullable(people.findSiteIdById(personId));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> emailOfPerson(long personId) {
        return people.findById(personId).map(Person::getEmail).filter(email -> email != null && !email.isBlank());
    }
}
