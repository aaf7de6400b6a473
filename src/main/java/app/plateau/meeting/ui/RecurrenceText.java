package app.plateau.meeting.ui;

import app.plateau.meeting.Recurrence;
import com.vaadin.flow.component.Component;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a series repeats, in the reader's words: "Du lundi au vendredi, jusqu’au 27/02/2026". */
final class RecurrenceText {

    private RecurrenceText() {
    }

    /** Empty for a single meeting. */
    static String of(Component component, Locale locale, Recurrence recurrence) {
        if (recurrence == null || !recurrence.repeats()) {
            return "";
        }
        String repeat;
        if (recurrence.repeat() == Recurrence.Repeat.WEEKLY) {
            String days = recurrence.days().stream().sorted()
                    .map(day -> day.getDisplayName(TextStyle.FULL, locale))
                    .collect(Collectors.joining(", "));
            repeat = component.getTranslation("meeting-request.repeat.weekly-on", days);
        } else {
            repeat = component.getTranslation(recurrence.repeat().messageKey());
        }
        if (recurrence.until() != null) {
            return component.getTranslation("meeting-request.repeat.until", repeat, recurrence.until());
        }
        if (recurrence.count() != null) {
            return component.getTranslation("meeting-request.repeat.count", repeat, recurrence.count());
        }
        return repeat;
    }
}
