package app.plateau.health.ui;

import app.plateau.base.Dates;
import app.plateau.health.Contact;
import app.plateau.health.ContactList;
import app.plateau.health.ContactListService;
import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.security.CurrentUser;
import app.plateau.security.Role;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The health officer's contact list: pick a person and a period (the last 48 hours unless another
 * is chosen), see who shared a floor or a physical meeting with them, longest first, and export it.
 * Every list shown and every export is logged by the service.
 */
@Route("contacts")
@Menu(order = 26, title = "nav.contacts", icon = "vaadin:connect")
@RolesAllowed(Role.HEALTH_OFFICER_NAME)
public class ContactListView extends VerticalLayout implements HasDynamicTitle {

    private static final String LAST_48_HOURS = "48h";
    private static final String CUSTOM = "custom";

    private final transient ContactListService contactLists;
    private final transient Clock clock;
    private final Long siteId;

    final ComboBox<Person> person = new ComboBox<>();
    final RadioButtonGroup<String> window = new RadioButtonGroup<>();
    final DateTimePicker from = new DateTimePicker();
    final DateTimePicker to = new DateTimePicker();
    final Paragraph summary = new Paragraph();
    final Grid<Contact> grid = new Grid<>(Contact.class, false);
    final Anchor export;
    /** The site's zone: the period picked is read in it and the times are shown in it. */
    private final ZoneId zone;
    /** What the export link downloads: the list as last shown, read by the download request. */
    private volatile Export current;

    public ContactListView(ContactListService contactLists, PersonService people, SiteService sites, Clock clock) {
        this.contactLists = contactLists;
        this.clock = clock;
        this.siteId = CurrentUser.get().siteId();
        this.zone = siteId == null ? ZoneId.of(Site.DEFAULT_TIME_ZONE) : sites.get(siteId).zoneId();
        addClassName("contact-list-view");
        setSizeFull();

        person.setLabel(getTranslation("contacts.person"));
        person.setPlaceholder(getTranslation("contacts.person.placeholder"));
        person.setItemLabelGenerator(Person::getFullName);
        person.setClearButtonVisible(true);
        person.setMinWidth("18em");
        if (siteId != null) {
            person.setItems(query -> people.page(siteId, null, query.getFilter().orElse(""),
                    VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        }
        person.addValueChangeListener(event -> refresh());

        window.setLabel(getTranslation("contacts.window"));
        window.setItems(LAST_48_HOURS, CUSTOM);
        window.setItemLabelGenerator(item -> getTranslation(
                LAST_48_HOURS.equals(item) ? "contacts.window.last-48h" : "contacts.window.custom"));
        window.setValue(LAST_48_HOURS);
        window.addValueChangeListener(event -> {
            boolean custom = CUSTOM.equals(event.getValue());
            if (custom && from.isEmpty()) {
                LocalDateTime now = LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.HOURS);
                to.setValue(now.plusHours(1));
                from.setValue(now.plusHours(1).minus(ContactListService.DEFAULT_WINDOW));
            }
            from.setVisible(custom);
            to.setVisible(custom);
            refresh();
        });
        from.setLabel(getTranslation("contacts.from"));
        to.setLabel(getTranslation("contacts.to"));
        from.setVisible(false);
        to.setVisible(false);
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());

        export = new Anchor((DownloadHandler) this::download, getTranslation("contacts.export"));
        export.addClassName("export-link");
        export.setEnabled(false);
        HorizontalLayout toolbar = new HorizontalLayout(person, window, from, to, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.addClassName("admin-toolbar");

        grid.addColumn(Contact::name).setHeader(getTranslation("contacts.column.person")).setKey("person")
                .setAutoWidth(true);
        grid.addColumn(contact -> contact.team() == null ? "" : contact.team())
                .setHeader(getTranslation("contacts.column.team")).setKey("team").setAutoWidth(true);
        grid.addColumn(contact -> duration(contact.overlap()))
                .setHeader(getTranslation("contacts.column.overlap")).setKey("overlap").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(contact -> String.join(", ", contact.floors()))
                .setHeader(getTranslation("contacts.column.floors")).setKey("floors").setAutoWidth(true);
        grid.addColumn(contact -> Dates.dateTime(getLocale(), LocalDateTime.ofInstant(contact.firstOverlap(), zone)))
                .setHeader(getTranslation("contacts.column.first")).setKey("first").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(contact -> Dates.dateTime(getLocale(), LocalDateTime.ofInstant(contact.lastOverlap(), zone)))
                .setHeader(getTranslation("contacts.column.last")).setKey("last").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(contact -> contact.sources(getLocale()))
                .setHeader(getTranslation("contacts.column.source")).setKey("source");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();

        add(new Span(getTranslation("contacts.help")), toolbar, summary, grid);
        refresh();
    }

    /** A time together as a person reads it: "3 h 20 min", "2 h", or "45 min" under an hour. */
    String duration(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        if (hours == 0) {
            return getTranslation("contacts.duration.minutes", minutes);
        }
        return minutes == 0 ? getTranslation("contacts.duration.hours", hours)
                : getTranslation("contacts.duration.hours-minutes", hours, minutes);
    }

    private void refresh() {
        Instant[] period = period();
        if (person.getValue() == null || period == null) {
            grid.setItems(List.of());
            summary.setText(getTranslation("contacts.pick-person"));
            current = null;
            export.setEnabled(false);
            return;
        }
        long personId = person.getValue().getId();
        ContactList list = contactLists.contacts(personId, period[0], period[1]);
        grid.setItems(list.contacts());
        String start = Dates.dateTime(getLocale(), LocalDateTime.ofInstant(list.from(), zone));
        String end = Dates.dateTime(getLocale(), LocalDateTime.ofInstant(list.to(), zone));
        summary.setText(list.contacts().isEmpty()
                ? getTranslation("contacts.none", list.personName(), start, end)
                : getTranslation("contacts.summary", list.personName(), list.contacts().size(), start, end));
        String day = DateTimeFormatter.BASIC_ISO_DATE.format(list.to().atZone(zone));
        current = new Export(personId, list.from(), list.to(),
                getTranslation("contacts.file-name", person.getValue().getEmployeeNumber(), day), getLocale());
        export.setEnabled(true);
    }

    /** The chosen period, or null while a custom one is incomplete. */
    private Instant[] period() {
        if (CUSTOM.equals(window.getValue())) {
            if (from.getValue() == null || to.getValue() == null) {
                return null;
            }
            return new Instant[] {from.getValue().atZone(zone).toInstant(), to.getValue().atZone(zone).toInstant()};
        }
        Instant now = clock.instant();
        return new Instant[] {now.minus(ContactListService.DEFAULT_WINDOW), now};
    }

    /** Runs in the download request, which the signed-in session's security covers, outside the UI's lock. */
    private void download(DownloadEvent event) throws IOException {
        Export export = current;
        if (export == null) {
            event.getResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
            return;
        }
        event.setFileName(export.fileName());
        event.setContentType("text/csv; charset=UTF-8");
        contactLists.writeCsv(export.personId(), export.from(), export.to(), export.locale(),
                event.getOutputStream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.page-title");
    }

    private record Export(long personId, Instant from, Instant to, String fileName, Locale locale)
            implements Serializable {
    }
}
