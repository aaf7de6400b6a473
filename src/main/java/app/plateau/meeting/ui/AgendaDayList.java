package app.plateau.meeting.ui;

import app.plateau.meeting.AgendaEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The week as a list of days, for a phone: seven narrow columns of an hour grid cannot be read at
 * 390 px. The meetings view renders it beside the {@link WeekGrid} and the theme shows one or the
 * other by the screen's width (a media query), so turning a phone needs no round trip.
 */
class AgendaDayList extends Div {

    AgendaDayList() {
        addClassName("agenda-day-list");
    }

    void show(LocalDate monday, List<AgendaEntry> entries, LocalDate today, MeetingText text,
            Consumer<AgendaEntry> open) {
        removeAll();
        List<AgendaEntry> sorted = entries.stream().sorted(Comparator.comparing(AgendaEntry::start)
                .thenComparing(AgendaEntry::title)).toList();
        for (int day = 0; day < 7; day++) {
            LocalDate date = monday.plusDays(day);
            List<AgendaEntry> onDay = sorted.stream().filter(entry -> entry.start().toLocalDate().equals(date)).toList();
            if (onDay.isEmpty()) {
                continue;
            }
            Div section = new Div();
            section.addClassName("agenda-day");
            section.getElement().setAttribute("data-day", date.toString());
            H4 heading = new H4(date.equals(today) ? text.t("meetings.today-named", text.day(date)) : text.day(date));
            heading.addClassName("agenda-day-heading");
            section.add(heading);
            onDay.forEach(entry -> section.add(item(entry, text, open)));
            if (date.equals(today)) {
                section.addClassName("today");
            }
            add(section);
        }
    }

    private Div item(AgendaEntry entry, MeetingText text, Consumer<AgendaEntry> open) {
        Span time = new Span(text.t("meetings.time-range", text.time(entry.start()), text.time(entry.end())));
        time.addClassName("agenda-item-time");
        Span title = new Span(entry.title());
        title.addClassName("agenda-item-title");
        Div item = new Div(time, title, text.shortModeLabel(entry.mode()));
        item.addClassNames("agenda-item", "mode-" + entry.mode().name().toLowerCase(Locale.ROOT),
                "state-" + entry.state().name().toLowerCase(Locale.ROOT));
        item.getElement().setAttribute("role", "button");
        item.getElement().setAttribute("tabindex", "0");
        item.addClickListener(event -> open.accept(entry));
        item.getElement().addEventListener("keydown", event -> open.accept(entry))
                .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
        return item;
    }
}
