package app.plateau.health;

import app.plateau.base.DomainException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A temperature as people type it: digits with a comma or a dot before the decimals, so that 38,6
 * and 38.6 are both 38.6 whatever the interface's language (a French keyboard's number pad types a
 * dot, and a number field read it as a grouping separator: 386). Every decimal typed is kept, for
 * {@link TemperatureService#record} to refuse a finer one than it keeps rather than round it.
 */
public final class TypedTemperature {

    /** The longest text read as a temperature: "38,6" needs four characters, a mistyped one a few more. */
    public static final int MAX_LENGTH = 10;
    private static final Pattern FORM = Pattern.compile("\\d{1,6}([.,]\\d{1,6})?");

    private TypedTemperature() {
    }

    /** The value typed; empty text is no value, anything else is refused with a message. */
    public static BigDecimal parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_LENGTH || !FORM.matcher(text).matches()) {
            throw new DomainException("health.error.temperature-unreadable",
                    text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text);
        }
        return new BigDecimal(text.replace(',', '.'));
    }
}
