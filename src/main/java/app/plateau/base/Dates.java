package app.plateau.base;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates and times as the reader expects them: day first and a 24-hour clock in both languages,
 * as sites in Morocco and France read them (a plain English locale would give "11/7/2026, 1:41 AM").
 * The patterns live in the bundles ({@code format.*}) so each language spells its month names;
 * every screen, export and message formats through here, never through ISO stamps.
 */
public final class Dates {

    private Dates() {
    }

    /** 09:45 */
    public static String time(Locale locale, LocalTime time) {
        return format(locale, "format.time", time);
    }

    /** 08/12/2026 */
    public static String date(Locale locale, LocalDate date) {
        return format(locale, "format.date", date);
    }

    /** 08/12/2026 09:45 */
    public static String dateTime(Locale locale, LocalDateTime dateTime) {
        return format(locale, "format.date-time", dateTime);
    }

    /** mar. 8 déc. / Tue 8 Dec */
    public static String day(Locale locale, LocalDate date) {
        return format(locale, "format.day", date);
    }

    /** mardi 8 décembre 2026 / Tuesday 8 December 2026 */
    public static String longDate(Locale locale, LocalDate date) {
        return format(locale, "format.long-date", date);
    }

    public static DateTimeFormatter formatter(Locale locale, String patternKey) {
        Locale supported = Messages.supported(locale);
        return DateTimeFormatter.ofPattern(Messages.get(supported, patternKey), supported);
    }

    private static String format(Locale locale, String patternKey, TemporalAccessor value) {
        return formatter(locale, patternKey).format(value);
    }
}
