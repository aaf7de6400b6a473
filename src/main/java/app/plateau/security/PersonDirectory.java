package app.plateau.security;

import java.util.Optional;

/**
 * What security needs to know of people without depending on the feature that keeps them:
 * the organisation feature implements it.
 */
public interface PersonDirectory {

    /** The site a person works at, if the person exists. */
    Optional<Long> siteOfPerson(long personId);

    /** A person's e-mail address, if the person exists and has one. */
    Optional<String> emailOfPerson(long personId);
}
