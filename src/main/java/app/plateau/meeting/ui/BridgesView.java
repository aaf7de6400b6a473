package app.plateau.meeting.ui;

import app.plateau.base.ui.EntityEditor;
import app.plateau.base.ui.Fields;
import app.plateau.meeting.Bridge;
import app.plateau.meeting.BridgeService;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.ui.SiteSelect;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Administration of a site's phone conference bridges: dial-in number and how many lines each
 * carries at once. A bridge that served is retired rather than deleted; the service refuses a
 * capacity below what coming bookings use at once, with the figures.
 */
@Route("bridges")
@Menu(order = 17, title = "nav.admin.bridges", icon = "vaadin:phone")
@RolesAllowed("ADMIN")
public class BridgesView extends VerticalLayout implements HasDynamicTitle {

    private final BridgeService bridges;
    private final SiteSelect site;
    final Grid<Bridge> grid = new Grid<>(Bridge.class, false);
    private final BridgeEditor editor = new BridgeEditor();

    public BridgesView(BridgeService bridges, SiteService sites) {
        this.bridges = bridges;
        this.site = new SiteSelect(sites, this::refresh);
        addClassName("admin-view");
        setSizeFull();

        Button create = new Button(getTranslation("bridge.new"), VaadinIcon.PLUS.create(), event -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(site, create);
        toolbar.addClassName("admin-toolbar");

        grid.addColumn(Bridge::getName).setHeader(getTranslation("bridge.name")).setSortProperty("name")
                .setKey("name").setAutoWidth(true);
        grid.addColumn(Bridge::getDialIn).setHeader(getTranslation("bridge.dial-in")).setSortProperty("dialIn")
                .setKey("dial-in");
        grid.addColumn(Bridge::getLineCapacity).setHeader(getTranslation("bridge.capacity"))
                .setSortProperty("lineCapacity").setKey("capacity");
        grid.addColumn(this::status).setHeader(getTranslation("bridge.status"))
                .setKey("status");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addItemClickListener(event -> editor.edit(bridges.get(event.getItem().getId()), false,
                event.getItem().getName()));

        editor.persistWith(bridges::save, bridge -> bridges.delete(bridge.getId()), this::refresh);

        add(toolbar, grid);
        refresh();
    }

    private String status(Bridge bridge) {
        return getTranslation(bridge.isActive() ? "bridge.status.active" : "bridge.status.retired");
    }

    private void create() {
        Long siteId = site.siteId();
        if (siteId != null) {
            editor.edit(Bridge.draft(siteId), true, getTranslation("bridge.new"));
        }
    }

    private void refresh() {
        site.fill(grid, bridges::page, bridges::count);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bridge.page-title");
    }

    /** The bridge form; the dial-in number is checked here, in words, and again by the service. */
    static class BridgeEditor extends EntityEditor<Bridge> {

        final TextField name = Fields.text(getTranslation("bridge.name"), Bridge.NAME_MAX);
        final TextField dialIn = Fields.text(getTranslation("bridge.dial-in"), Bridge.DIAL_IN_MAX);
        final IntegerField lineCapacity = Fields.integer(getTranslation("bridge.capacity"), 1, Bridge.CAPACITY_MAX);
        final Checkbox active = new Checkbox(getTranslation("bridge.active"));

        BridgeEditor() {
            super(Bridge.class);
            name.setRequired(true);
            dialIn.setRequired(true);
            dialIn.setHelperText(getTranslation("bridge.dial-in.help"));
            lineCapacity.setRequiredIndicatorVisible(true);
            lineCapacity.setHelperText(getTranslation("bridge.capacity.help"));
            form.add(name, dialIn, lineCapacity, active);
            binder.forField(dialIn)
                    .withValidator(value -> value == null || value.isBlank()
                                    || value.strip().matches(Bridge.DIAL_IN_PATTERN),
                            context -> getTranslation("bridge.error.dial-in", dialIn.getValue().strip()))
                    .bind("dialIn");
            binder.bindInstanceFields(this);
        }

        @Override
        protected String describe(Bridge bridge) {
            return bridge.getName();
        }
    }
}
