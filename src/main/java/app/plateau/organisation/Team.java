package app.plateau.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Agents led by one team lead, with the floor they usually sit on. */
@Entity
public class Team {

    public static final int NAME_MAX = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false, updatable = false)
    private Site site;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_floor_id")
    private Floor homeFloor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_id")
    private Person lead;

    @Version
    private long version;

    protected Team() {
    }

    public Team(Site site, String name) {
        this.site = site;
        this.name = name;
    }

    public static Team draft(Site site) {
        Team team = new Team();
        team.site = site;
        return team;
    }

    public Long getId() {
        return id;
    }

    public Site getSite() {
        return site;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public Floor getHomeFloor() {
        return homeFloor;
    }

    public void setHomeFloor(Floor homeFloor) {
        this.homeFloor = homeFloor;
    }

    public Person getLead() {
        return lead;
    }

    public void setLead(Person lead) {
        this.lead = lead;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Team team && id != null && id.equals(team.id));
    }

    @Override
    public int hashCode() {
        return Team.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
