package app.plateau.audit;

import java.util.List;

/**
 * A measure's evidence over the range. {@code withinRule} says whether a measure with a numeric rule
 * (telework between 40 and 80 % of positions) keeps it; {@code null} for measures without one.
 */
public record MeasureRow(Measure measure, List<Figure> figures, Boolean withinRule) {
}
