package app.plateau.occupancy.ui;

import app.plateau.occupancy.Movement;
import app.plateau.occupancy.MovementFilter;
import app.plateau.occupancy.MovementService;
import app.plateau.occupancy.MovementWording;
import app.plateau.occupancy.MovementService.Scope;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.ui.SiteSelect;
import app.plateau.security.Role;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The movement journal of a day: a site's for its managers, administrators and auditors, one's own
 * for anyone else, with a CSV export of what the filters show.
 */
@Route("history")
@Menu(order = 4, title = "nav.history", icon = "vaadin:time-backward")
@RolesAllowed({Role.AGENT_NAME, Role.TEAM_LEAD_NAME, Role.SITE_MANAGER_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class HistoryView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final MovementService history;
    private final FloorService floors;
    private final SiteSelect site;
    private final DatePicker day = new DatePicker(getTranslation("history.day"));
    private final ComboBox<Floor> floor = new ComboBox<>(getTranslation("history.floor"));
    private final TextField person = new TextField(getTranslation("history.person"));
    private final Grid<Movement> grid = new Grid<>(Movement.class, false);
    private final Anchor export;
    private Scope scope;
    /** What the export link downloads: the filters as they were at the last refresh, read by the download request. */
    private volatile Export current;

    public HistoryView(MovementService history, FloorService floors, SiteService sites) {
        this.history = history;
        this.floors = floors;
        this.site = new SiteSelect(sites, this::siteChanged);
        addClassName("history-view");
        setSizeFull();

        day.addValueChangeListener(event -> {
            // The day is never empty: a cleared picker goes back to today.
            if (event.getValue() == null) {
                day.setValue(today());
            } else {
                refresh();
            }
        });
        floor.setItemLabelGenerator(Floor::getName);
        floor.setClearButtonVisible(true);
        floor.setPlaceholder(getTranslation("history.all-floors"));
        floor.addValueChangeListener(event -> refresh());
        person.setPlaceholder(getTranslation("history.person.placeholder"));
        person.setMaxLength(MovementService.PERSON_FILTER_MAX);
        person.setClearButtonVisible(true);
        person.setPrefixComponent(VaadinIcon.SEARCH.create());
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.addValueChangeListener(event -> refresh());

        export = new Anchor((DownloadHandler) this::download, getTranslation("history.export"));
        export.addClassName("export-link");
        HorizontalLayout toolbar = new HorizontalLayout(site, day, floor, person, export);
        toolbar.addClassName("admin-toolbar");

        grid.addColumn(movement -> TIME.format(movement.getAt().atZone(zone())))
                .setHeader(getTranslation("history.column.time")).setKey("time").setSortProperty("at")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(movement -> getTranslation(movement.getKind().messageKey()))
                .setHeader(getTranslation("history.column.kind")).setKey("kind").setAutoWidth(true);
        grid.addColumn(movement -> text(movement.getPersonName()))
                .setHeader(getTranslation("history.column.person")).setKey("person").setAutoWidth(true);
        grid.addColumn(movement -> text(movement.getFromFloorName()))
                .setHeader(getTranslation("history.column.from")).setKey("from").setAutoWidth(true);
        grid.addColumn(movement -> text(movement.getToFloorName()))
                .setHeader(getTranslation("history.column.to")).setKey("to").setAutoWidth(true);
        grid.addColumn(movement -> MovementWording.actor(movement, getLocale()))
                .setHeader(getTranslation("history.column.actor")).setKey("actor").setAutoWidth(true);
        grid.addColumn(movement -> MovementWording.detail(movement, getLocale()))
                .setHeader(getTranslation("history.column.detail")).setKey("detail");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();

        add(toolbar, grid);
        siteChanged();
    }

    /** The scope, the floors and "today" all follow the site; an agent's filters are their day only. */
    private void siteChanged() {
        Long siteId = site.siteId();
        scope = siteId == null ? null : history.scope(siteId);
        boolean wholeSite = scope != null && !scope.ownOnly();
        floor.setVisible(wholeSite);
        person.setVisible(wholeSite);
        floor.clear();
        floor.setItems(wholeSite ? floors.listBySite(scope.siteId()) : List.of());
        person.clear();
        LocalDate today = today();
        if (scope == null || today.equals(day.getValue())) {
            refresh();
        } else {
            day.setValue(today);
        }
    }

    private void refresh() {
        if (scope == null || day.getValue() == null) {
            grid.setItems(List.of());
            current = null;
            export.setEnabled(false);
            return;
        }
        Long floorId = floor.getValue() == null ? null : floor.getValue().getId();
        // Today is the site's current working period: a night shift's lines from before midnight too.
        MovementFilter filter = today().equals(day.getValue())
                ? MovementFilter.currentPeriod(scope.siteId(), day.getValue(), floorId, person.getValue())
                : MovementFilter.day(scope.siteId(), day.getValue(), floorId, person.getValue());
        grid.setItems(query -> history.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) history.count(filter));
        current = new Export(filter, getTranslation("history.file-name", slug(scope.siteName()),
                day.getValue().toString()), getLocale());
        export.setEnabled(true);
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
        history.writeCsv(export.filter(), export.locale(), event.getOutputStream());
    }

    private LocalDate today() {
        return LocalDate.now(zone());
    }

    private ZoneId zone() {
        return scope == null ? site.zoneOf(null) : scope.zone();
    }

    private String text(String value) {
        return value == null ? "" : value;
    }

    /** A site name as part of a file name: plain letters, digits and dashes, which every system keeps. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "")
                .toLowerCase(Locale.ROOT);
        return plain.isEmpty() ? "site" : plain;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.page-title");
    }

    private record Export(MovementFilter filter, String fileName, Locale locale) implements Serializable {
    }
}
