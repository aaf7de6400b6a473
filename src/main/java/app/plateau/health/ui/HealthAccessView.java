package app.plateau.health.ui;

import app.plateau.health.HealthAccess;
import app.plateau.health.HealthAccessService;
import app.plateau.organisation.SiteService;
import app.plateau.security.CurrentUser;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The health access log of the site, for the health officer: who read which health data, and when. */
@Route("health-log")
@Menu(order = 27, title = "nav.health.log", icon = "vaadin:eye")
@RolesAllowed("HEALTH_OFFICER")
public class HealthAccessView extends VerticalLayout implements HasDynamicTitle {

    private final HealthAccessService log;
    private final long siteId;
    private final ZoneId zone;
    final DatePicker day = new DatePicker();
    final Grid<HealthAccess> grid = new Grid<>();

    public HealthAccessView(HealthAccessService log, SiteService sites, Clock clock) {
        this.log = log;
        this.siteId = CurrentUser.get().siteId();
        this.zone = sites.get(siteId).zoneId();
        setSizeFull();
        day.setLabel(getTranslation("health.log.day"));
        day.setValue(LocalDate.now(clock.withZone(zone)));
        day.addValueChangeListener(change -> refresh());
        grid.addColumn(line -> line.getAt().atZone(zone).toLocalTime().withNano(0))
                .setHeader(getTranslation("health.log.at")).setKey("at");
        grid.addColumn(HealthAccess::getReader).setHeader(getTranslation("health.log.reader")).setKey("reader")
                .setAutoWidth(true);
        grid.addColumn(line -> getTranslation("health.log.action." + line.getAction().name()))
                .setHeader(getTranslation("health.log.action")).setKey("action");
        grid.addColumn(HealthAccess::getDetail).setHeader(getTranslation("health.log.detail")).setKey("detail")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        add(day, grid);
        refresh();
    }

    private void refresh() {
        LocalDate chosen = day.getValue() == null ? LocalDate.now(zone) : day.getValue();
        Instant from = chosen.atStartOfDay(zone).toInstant();
        Instant to = chosen.plusDays(1).atStartOfDay(zone).toInstant();
        grid.setItems(query -> log.page(siteId, from, to, query.getOffset(), query.getLimit()).stream(),
                query -> (int) log.count(siteId, from, to));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("health.log.title");
    }
}
