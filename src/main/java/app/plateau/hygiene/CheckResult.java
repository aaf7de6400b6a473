package app.plateau.hygiene;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The answer to one item in a completed round, with the item copied as it was then. */
@Embeddable
public class CheckResult {

    public static final int NOTE_MAX = 300;

    @Column(nullable = false, length = ChecklistItem.LABEL_MAX)
    private String label;

    @Column(nullable = false)
    private boolean critical;

    @Column(nullable = false)
    private boolean passed;

    @Column(length = NOTE_MAX)
    private String note;

    protected CheckResult() {
    }

    CheckResult(String label, boolean critical, boolean passed, String note) {
        this.label = label;
        this.critical = critical;
        this.passed = passed;
        this.note = note;
    }

    public String getLabel() {
        return label;
    }

    public boolean isCritical() {
        return critical;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getNote() {
        return note;
    }
}
