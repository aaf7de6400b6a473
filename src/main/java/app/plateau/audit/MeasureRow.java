package app.plateau.audit;

import java.util.List;

/**
 * A measure's evidence over the range. {@code withinRule} says whether a measure with a checkable
 * rule keeps it (telework between 40 and 80 % of positions; hygiene rounds none missed, no critical
 * failure left open, no corrective action overdue); {@code null} for measures without one.
 */
public record MeasureRow(Measure measure, List<Figure> figures, Boolean withinRule) {

    /** The figures that break the rule, for the dashboard's flags. */
    public List<Figure> outOfBounds() {
        return figures.stream().filter(Figure::outOfBounds).toList();
    }
}
