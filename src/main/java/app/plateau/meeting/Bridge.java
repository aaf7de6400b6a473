package app.plateau.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A phone conference bridge of a site: one dial-in number carrying at most {@code lineCapacity} lines at once. */
@Entity
public class Bridge {

    public static final int NAME_MAX = 60;
    public static final int DIAL_IN_MAX = 30;
    public static final int CAPACITY_MAX = 10_000;
    public static final String DIAL_IN_PATTERN = "\\+?[0-9 .()-]{6,30}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = DIAL_IN_MAX)
    @Pattern(regexp = DIAL_IN_PATTERN)
    @Column(name = "dial_in", nullable = false, length = DIAL_IN_MAX)
    private String dialIn;

    @Min(1)
    @Max(CAPACITY_MAX)
    @Column(name = "line_capacity", nullable = false)
    private int lineCapacity;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Bridge() {
    }

    public Bridge(Long siteId, String name, String dialIn, int lineCapacity) {
        this.siteId = siteId;
        this.name = name;
        this.dialIn = dialIn;
        this.lineCapacity = lineCapacity;
    }

    public static Bridge draft(Long siteId) {
        Bridge bridge = new Bridge();
        bridge.siteId = siteId;
        bridge.lineCapacity = 20;
        return bridge;
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDialIn() {
        return dialIn;
    }

    public void setDialIn(String dialIn) {
        this.dialIn = dialIn;
    }

    public int getLineCapacity() {
        return lineCapacity;
    }

    public void setLineCapacity(int lineCapacity) {
        this.lineCapacity = lineCapacity;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bridge bridge && id != null && id.equals(bridge.id);
    }

    @Override
    public int hashCode() {
        return Bridge.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
