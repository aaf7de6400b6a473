package app.plateau.base;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The application's texts, French first. Views read them through Vaadin's
 * {@code getTranslation}; code outside a UI (exports, mails) reads them here.
 */
public final class Messages {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(FRENCH, ENGLISH);
    private static final String BUNDLE = "i18n.messages";
    // Without this, a missing French key would fall back to the JVM's default locale (often English).
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static Locale supported(Locale locale) {
        if (locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return ENGLISH;
        }
        return FRENCH;
    }

    public static String get(Locale locale, String key, Object... arguments) {
        Locale supported = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        Object[] translated = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            translated[i] = localised(supported, arguments[i]);
        }
        return new MessageFormat(pattern, supported).format(translated);
    }

    /**
     * Message keys, dates or times (already in the site's time zone), days of the week and lists of
     * them in the reader's language.
     */
    private static Object localised(Locale locale, Object argument) {
        if (argument instanceof Text text) {
            return get(locale, text.key());
        }
        if (argument instanceof LocalDateTime dateTime) {
            return Dates.dateTime(locale, dateTime);
        }
        if (argument instanceof LocalDate date) {
            return Dates.date(locale, date);
        }
        if (argument instanceof LocalTime time) {
            return Dates.time(locale, time);
        }
        if (argument instanceof DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL, locale);
        }
        if (argument instanceof List<?> items) {
            return items.stream().map(item -> String.valueOf(localised(locale, item)))
                    .collect(Collectors.joining(", "));
        }
        return argument;
    }

    public static String get(Locale locale, DomainException exception) {
        return get(locale, exception.getMessageKey(), exception.getArguments());
    }
}
