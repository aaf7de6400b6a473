package app.plateau.audit;

import java.time.Duration;

/**
 * One evidence figure of a measure: a label (message key) and a value that is a count ({@link Long}),
 * a share ({@link Percent}), a length of time ({@link Duration}) or a text.
 */
public record Figure(String labelKey, Object value) {

    /** A share in per cent, shown rounded down to a whole number ("96 %"). */
    public record Percent(double value) {
    }
}
