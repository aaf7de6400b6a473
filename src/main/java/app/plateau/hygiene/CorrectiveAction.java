package app.plateau.hygiene;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** What a failed item calls for: what to do, who does it, by when; open until closed with a note. */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction {

    public static final int TEXT_MAX = 300;
    public static final int OWNER_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "floor_id", nullable = false, updatable = false)
    private Long floorId;

    @Column(name = "round_id", nullable = false, updatable = false)
    private Long roundId;

    @Column(name = "item_label", nullable = false, updatable = false, length = ChecklistItem.LABEL_MAX)
    private String itemLabel;

    @Column(nullable = false, updatable = false)
    private boolean critical;

    @Column(name = "failure_note", nullable = false, updatable = false, length = TEXT_MAX)
    private String failureNote;

    @Column(name = "action_text", nullable = false, updatable = false, length = TEXT_MAX)
    private String actionText;

    /** The name shown for the owner: the person's name when chosen, or the free text of older actions. */
    @Column(name = "owner_name", length = OWNER_MAX)
    private String owner;

    /** The site's person who owns the action; {@code null} until one is chosen. */
    @Column(name = "owner_person_id")
    private Long ownerPersonId;

    @Column(nullable = false, updatable = false)
    private LocalDate deadline;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false, length = HygieneRound.BY_MAX)
    private String openedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = HygieneRound.BY_MAX)
    private String closedBy;

    @Column(name = "closing_note", length = TEXT_MAX)
    private String closingNote;

    @Version
    private long version;

    protected CorrectiveAction() {
    }

    CorrectiveAction(HygieneRound round, CheckResult failed, String actionText, LocalDate deadline,
            Instant openedAt, String openedBy) {
        this.siteId = round.getSiteId();
        this.floorId = round.getFloorId();
        this.roundId = round.getId();
        this.itemLabel = failed.getLabel();
        this.critical = failed.isCritical();
        this.failureNote = failed.getNote();
        this.actionText = actionText;
        this.deadline = deadline;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    /** Gives the action to one of the site's people (checked by the service), keeping their name as shown. */
    void assignOwner(long personId, String name) {
        this.ownerPersonId = personId;
        this.owner = name;
    }

    void close(String note, Instant at, String by) {
        this.closingNote = note;
        this.closedAt = at;
        this.closedBy = by;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    /** Open with its deadline passed, {@code today} in the site's zone: the deadline day itself still counts. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && deadline.isBefore(today);
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

    public Long getRoundId() {
        return roundId;
    }

    public String getItemLabel() {
        return itemLabel;
    }

    public boolean isCritical() {
        return critical;
    }

    public String getFailureNote() {
        return failureNote;
    }

    public String getActionText() {
        return actionText;
    }

    public String getOwner() {
        return owner;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getClosingNote() {
        return closingNote;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof CorrectiveAction action && id != null && id.equals(action.id));
    }

    @Override
    public int hashCode() {
        return CorrectiveAction.class.hashCode();
    }
}
