package app.plateau.health.ui;

import app.plateau.base.Dates;
import app.plateau.health.HealthAccess;
import app.plateau.health.HealthAccessService;
import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.SiteService;
import app.plateau.security.CurrentUser;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The health access log of the site, for the health officer: who read whose health data, and when,
 * over a range of days; with a person chosen, only the reads that showed that person's data.
 */
@Route("health-log")
@Menu(order = 27, title = "nav.health.log", icon = "vaadin:eye")
@RolesAllowed("HEALTH_OFFICER")
public class HealthAccessView extends VerticalLayout implements HasDynamicTitle {

    private final HealthAccessService log;
    private final long siteId;
    private final ZoneId zone;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<Person> person = new ComboBox<>();
    final Grid<HealthAccess> grid = new Grid<>();

    public HealthAccessView(HealthAccessService log, PersonService people, SiteService sites, Clock clock) {
        this.log = log;
        this.siteId = CurrentUser.get().siteId();
        this.zone = sites.get(siteId).zoneId();
        setSizeFull();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        from.setLabel(getTranslation("health.log.from"));
        from.setValue(today);
        to.setLabel(getTranslation("health.log.to"));
        to.setValue(today);
        person.setLabel(getTranslation("health.log.person"));
        person.setPlaceholder(getTranslation("health.log.person.placeholder"));
        person.setItemLabelGenerator(Person::getFullName);
        person.setClearButtonVisible(true);
        person.setMinWidth("18em");
        person.setItems(query -> people.page(siteId, null, query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        person.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(from, to, person);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(line -> Dates.dateTime(getLocale(), LocalDateTime.ofInstant(line.getAt(), zone)))
                .setHeader(getTranslation("health.log.at")).setKey("at").setAutoWidth(true);
        grid.addColumn(HealthAccess::getReader).setHeader(getTranslation("health.log.reader")).setKey("reader")
                .setAutoWidth(true);
        grid.addColumn(line -> getTranslation("health.log.action." + line.getAction().name()))
                .setHeader(getTranslation("health.log.action")).setKey("action");
        grid.addColumn(line -> line.detailText(getLocale())).setHeader(getTranslation("health.log.detail")).setKey("detail")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        add(filters, grid);
        refresh();
    }

    /** The days chosen, both included, in the site's zone; a cleared day means today. */
    private void refresh() {
        LocalDate today = LocalDate.now(zone);
        LocalDate first = from.getValue() == null ? today : from.getValue();
        LocalDate last = to.getValue() == null || to.getValue().isBefore(first) ? first : to.getValue();
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        Long personId = person.getValue() == null ? null : person.getValue().getId();
        grid.setItems(query -> log.page(siteId, start, end, personId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) log.count(siteId, start, end, personId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("health.log.title");
    }
}
