package app.plateau.meeting;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationEntry;
import net.fortuna.ical4j.validate.ValidationException;

/** Reads iCalendar back the way a calendar program would, through ical4j's parser, for the tests to check. */
public final class Ics {

    private Ics() {
    }

    public static Calendar parse(byte[] bytes) {
        return parse(new String(bytes, StandardCharsets.UTF_8));
    }

    public static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new IllegalArgumentException("not iCalendar: " + e.getMessage() + "\n" + text, e);
        }
    }

    /** What ical4j's validator finds wrong, for the method the calendar says it is. */
    public static List<String> problems(Calendar calendar) {
        try {
            return calendar.validate().getEntries().stream()
                    .filter(entry -> entry.getSeverity() == ValidationEntry.Severity.ERROR)
                    .map(ValidationEntry::toString).toList();
        } catch (ValidationException invalid) {
            return List.of(invalid.getMessage());
        }
    }

    public static String method(Calendar calendar) {
        return calendar.getProperty(Property.METHOD).map(Property::getValue).orElse(null);
    }

    public static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    public static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    public static List<Property> all(Component component, String property) {
        return component.getProperties(property);
    }

    public static String parameter(Property property, String parameter) {
        return property.getParameter(parameter).map(Parameter::getValue).orElse(null);
    }

    public static Property property(Component component, String property) {
        return component.getProperty(property).map(Property.class::cast)
                .orElseThrow(() -> new AssertionError("no " + property + " in\n" + component));
    }

    /** A date-time property as the site's wall clock reads it. */
    public static LocalDateTime local(Component component, String property) {
        DateProperty<?> date = (DateProperty<?>) property(component, property);
        return ((ZonedDateTime) date.getDate()).toLocalDateTime();
    }

    public static ZonedDateTime zoned(Component component, String property) {
        return (ZonedDateTime) ((DateProperty<?>) property(component, property)).getDate();
    }
}
