package app.plateau.audit;

import app.plateau.base.Messages;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;

/**
 * One evidence figure of a measure: a label (message key) and a value that is a count ({@link Long}),
 * a share ({@link Percent}), a length of time ({@link Duration}) or a text. {@code outOfBounds} marks a
 * figure that breaks the measure's rule (a missed round, an open critical failure, an overdue action,
 * a telework share outside the band), so the dashboard can point at it.
 */
public record Figure(String labelKey, Object value, boolean outOfBounds) {

    public Figure(String labelKey, Object value) {
        this(labelKey, value, false);
    }

    /** A count that breaks the rule as soon as it is above zero. */
    static Figure mustBeZero(String labelKey, long count) {
        return new Figure(labelKey, count, count > 0);
    }

    /** A share in per cent, shown rounded down to a whole number ("96 %"). */
    public record Percent(double value) {
    }

    /** The value as the dashboard, the PDF and the CSV files show it. */
    public String formatted(Locale locale) {
        if (value instanceof Percent percent) {
            return Messages.get(locale, "compliance.percent", (long) Math.floor(percent.value()));
        }
        if (value instanceof Duration duration) {
            return Messages.get(locale, "compliance.duration", duration.toHours(), duration.toMinutesPart());
        }
        if (value instanceof Number number) {
            return NumberFormat.getIntegerInstance(Messages.supported(locale)).format(number);
        }
        return String.valueOf(value);
    }
}
