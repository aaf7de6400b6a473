package app.plateau.base;

import java.util.Locale;

/**
 * Input rules services check before they write, so that a bad value gets a translated message
 * naming its field, whatever screen or feed it came from.
 */
public final class Checks {

    private Checks() {
    }

    /** The value stripped of surrounding blanks; refused when empty or longer than {@code max}. */
    public static String text(String value, int max, String fieldKey) {
        String stripped = optionalText(value, max, fieldKey);
        if (stripped == null) {
            throw new DomainException("error.required", new Text(fieldKey));
        }
        return stripped;
    }

    /** Like {@link #text} but an empty value gives {@code null}. */
    public static String optionalText(String value, int max, String fieldKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new DomainException("error.too-long", new Text(fieldKey), max);
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new DomainException("error.control-characters", new Text(fieldKey));
        }
        return stripped;
    }

    public static int range(Integer value, int min, int max, String fieldKey) {
        if (value == null) {
            throw new DomainException("error.required", new Text(fieldKey));
        }
        if (value < min || value > max) {
            throw new DomainException("error.range", new Text(fieldKey), min, max);
        }
        return value;
    }

    public static <T> T required(T value, String fieldKey) {
        if (value == null) {
            throw new DomainException("error.required", new Text(fieldKey));
        }
        return value;
    }

    /** Lower case and without surrounding blanks, for case-insensitive search. */
    public static String filter(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
