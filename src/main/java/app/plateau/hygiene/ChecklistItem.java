package app.plateau.hygiene;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a checklist template; a critical item that fails shows on the occupancy board. */
@Embeddable
public class ChecklistItem {

    public static final int LABEL_MAX = 120;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Column(nullable = false)
    private boolean critical;

    protected ChecklistItem() {
    }

    public ChecklistItem(String label, boolean critical) {
        this.label = label;
        this.critical = critical;
    }

    public String getLabel() {
        return label;
    }

    public boolean isCritical() {
        return critical;
    }
}
