package app.plateau.hygiene;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One sitting of a schedule: a floor, a template and the instant it is due, and its answers once done. */
@Entity
@Table(name = "hygiene_round")
public class HygieneRound {

    public static final int BY_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "floor_id", nullable = false, updatable = false)
    private Long floorId;

    @Column(name = "template_id", nullable = false, updatable = false)
    private Long templateId;

    @Column(name = "template_name", nullable = false, updatable = false, length = HygieneTemplate.NAME_MAX)
    private String templateName;

    @Column(name = "scheduled_at", nullable = false, updatable = false)
    private Instant scheduledAt;

    @Column(name = "closes_at", nullable = false, updatable = false)
    private Instant closesAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by", length = BY_MAX)
    private String completedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hygiene_check", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<CheckResult> checks = new ArrayList<>();

    @Version
    private long version;

    protected HygieneRound() {
    }

    HygieneRound(long siteId, long floorId, HygieneTemplate template, Instant scheduledAt, Instant closesAt) {
        this.siteId = siteId;
        this.floorId = floorId;
        this.templateId = template.getId();
        this.templateName = template.getName();
        this.scheduledAt = scheduledAt;
        this.closesAt = closesAt;
    }

    void complete(List<CheckResult> results, Instant at, String by) {
        this.checks.clear();
        this.checks.addAll(results);
        this.completedAt = at;
        this.completedBy = by;
    }

    public RoundStatus statusAt(Instant now, Duration grace) {
        return RoundStatus.of(scheduledAt, closesAt, completedAt, grace, now);
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getFloorId() {
        return floorId;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public String getTemplateName() {
        return templateName;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public List<CheckResult> getChecks() {
        return List.copyOf(checks);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof HygieneRound round && id != null && id.equals(round.id));
    }

    @Override
    public int hashCode() {
        return HygieneRound.class.hashCode();
    }
}
