package app.plateau.occupancy;

import app.plateau.organisation.Person;
import app.plateau.organisation.Team;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may check a person in or out, or ask a move for them: the person themselves, the lead of
 * their team, and the site's managers and administrators.
 */
public final class OnBehalf {

    private OnBehalf() {
    }

    public static boolean allowed(PlateauUser user, Person person) {
        if (!user.mayAccessSite(person.getSite().getId())) {
            return false;
        }
        if (person.getId().equals(user.personId())) {
            return true;
        }
        if (user.has(Role.SITE_MANAGER) || user.has(Role.ADMIN)) {
            return true;
        }
        Team team = person.getTeam();
        return user.has(Role.TEAM_LEAD) && team != null && team.getLead() != null
                && team.getLead().getId().equals(user.personId());
    }

    public static void check(PlateauUser user, Person person) {
        if (!allowed(user, person)) {
            throw new AccessDeniedException(user + " may not act for person " + person.getId());
        }
    }
}
