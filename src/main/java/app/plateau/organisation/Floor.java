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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One open space of agent positions ("plateau"), with the sanitary cap that limits presence on it. */
@Entity
public class Floor {

    public static final int NAME_MAX = 60;
    public static final int REASON_MAX = 200;
    public static final int POSITIONS_MAX = 2000;
    public static final int LEVEL_MIN = -5;
    public static final int LEVEL_MAX = 200;

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

    @NotNull
    @Min(LEVEL_MIN)
    @Max(LEVEL_MAX)
    @Column(name = "level_number", nullable = false)
    private Integer level;

    @NotNull
    @Min(0)
    @Max(POSITIONS_MAX)
    @Column(nullable = false)
    private Integer positions;

    @NotNull
    @Min(0)
    @Max(POSITIONS_MAX)
    @Column(name = "sanitary_cap", nullable = false)
    private Integer sanitaryCap;

    @Column(name = "open_now", nullable = false)
    private boolean open = true;

    @Size(max = REASON_MAX)
    @Column(name = "closed_reason", length = REASON_MAX)
    private String closedReason;

    @Version
    private long version;

    protected Floor() {
    }

    public Floor(Site site, String name, int level, int positions, int sanitaryCap) {
        this.site = site;
        this.name = name;
        this.level = level;
        this.positions = positions;
        this.sanitaryCap = sanitaryCap;
    }

    /** A new floor for a form to fill in. */
    public static Floor draft(Site site) {
        Floor floor = new Floor();
        floor.site = site;
        return floor;
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

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public Integer getPositions() {
        return positions;
    }

    public void setPositions(Integer positions) {
        this.positions = positions;
    }

    public Integer getSanitaryCap() {
        return sanitaryCap;
    }

    public void setSanitaryCap(Integer sanitaryCap) {
        this.sanitaryCap = sanitaryCap;
    }

    public boolean isOpen() {
        return open;
    }

    public String getClosedReason() {
        return closedReason;
    }

    void close(String reason) {
        this.open = false;
        this.closedReason = reason;
    }

    void reopen() {
        this.open = true;
        this.closedReason = null;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Floor floor && id != null && id.equals(floor.id));
    }

    @Override
    public int hashCode() {
        return Floor.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
