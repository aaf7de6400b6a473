package app.plateau.organisation.ui;

import app.plateau.base.ui.EntityEditor;
import app.plateau.base.ui.Fields;
import app.plateau.base.ui.FilterField;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.SiteService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Administration of a site's floors: positions, sanitary cap, open or closed. */
@Route("admin/floors")
@Menu(order = 11, title = "nav.admin.floors", icon = "vaadin:office")
@RolesAllowed("ADMIN")
public class FloorsView extends VerticalLayout implements HasDynamicTitle {

    private final FloorService floors;
    private final SiteSelect site;
    private final FilterField filter = new FilterField(this::refresh);
    private final Grid<Floor> grid = new Grid<>(Floor.class, false);
    private final FloorEditor editor = new FloorEditor();

    public FloorsView(FloorService floors, SiteService sites) {
        this.floors = floors;
        this.site = new SiteSelect(sites, this::refresh);
        addClassName("admin-view");
        setSizeFull();

        Button create = new Button(getTranslation("floor.new"), VaadinIcon.PLUS.create(), event -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(site, filter, create);
        toolbar.addClassName("admin-toolbar");

        grid.addColumn(Floor::getName).setHeader(getTranslation("floor.name")).setSortProperty("name").setKey("name")
                .setAutoWidth(true);
        grid.addColumn(Floor::getLevel).setHeader(getTranslation("floor.level")).setSortProperty("level");
        grid.addColumn(Floor::getPositions).setHeader(getTranslation("floor.positions"))
                .setSortProperty("positions");
        grid.addColumn(Floor::getSanitaryCap).setHeader(getTranslation("floor.sanitary-cap"))
                .setSortProperty("sanitaryCap");
        grid.addColumn(new ComponentRenderer<>(this::status)).setHeader(getTranslation("floor.status"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addItemClickListener(event -> editor.edit(floors.get(event.getItem().getId()), false,
                event.getItem().getName()));

        editor.persistWith(floors::save, floor -> floors.delete(floor.getId()), this::refresh);

        add(toolbar, grid);
        refresh();
    }

    private Span status(Floor floor) {
        Span status = new Span(floor.isOpen() ? getTranslation("floor.open")
                : getTranslation("floor.closed", floor.getClosedReason()));
        if (!floor.isOpen()) {
            status.addClassName("status-closed");
        }
        return status;
    }

    private void create() {
        if (site.getValue() != null) {
            editor.edit(Floor.draft(site.getValue()), true, getTranslation("floor.new"));
        }
    }

    private void refresh() {
        String text = filter.getValue();
        site.fill(grid, (siteId, pageable) -> floors.page(siteId, text, pageable), siteId -> floors.count(siteId, text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("floor.page-title");
    }

    /** The floor form: the cap may not exceed the positions, which the service checks too. */
    static class FloorEditor extends EntityEditor<Floor> {

        final TextField name = Fields.text(getTranslation("floor.name"), Floor.NAME_MAX);
        final IntegerField level = Fields.integer(getTranslation("floor.level"), Floor.LEVEL_MIN, Floor.LEVEL_MAX);
        final IntegerField positions = Fields.integer(getTranslation("floor.positions"), 0, Floor.POSITIONS_MAX);
        final IntegerField sanitaryCap = Fields.integer(getTranslation("floor.sanitary-cap"), 0, Floor.POSITIONS_MAX);

        FloorEditor() {
            super(Floor.class);
            level.setStepButtonsVisible(true);
            form.add(name, level, positions, sanitaryCap);
            binder.forField(sanitaryCap)
                    .withValidator(cap -> cap == null || positions.getValue() == null || cap <= positions.getValue(),
                            context -> getTranslation("floor.error.cap-above-positions", sanitaryCap.getValue(),
                                    positions.getValue()))
                    .bind("sanitaryCap");
            binder.bindInstanceFields(this);
            positions.addValueChangeListener(event -> binder.validate());
        }

        @Override
        protected String describe(Floor floor) {
            return floor.getName();
        }
    }
}
