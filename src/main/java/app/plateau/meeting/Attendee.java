package app.plateau.meeting;

import app.plateau.organisation.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;

/**
 * One invited person. {@code teamId} names the team they were invited through, resolved to its
 * members when the meeting was saved; it is empty for a person named one by one.
 */
@Embeddable
public class Attendee {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "team_id")
    private Long teamId;

    protected Attendee() {
    }

    Attendee(Person person, Long teamId) {
        this.person = person;
        this.teamId = teamId;
    }

    public Person getPerson() {
        return person;
    }

    public Long getTeamId() {
        return teamId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attendee attendee && Objects.equals(person.getId(), attendee.person.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(person.getId());
    }
}
