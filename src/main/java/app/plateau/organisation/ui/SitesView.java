package app.plateau.organisation.ui;

import app.plateau.base.ui.EntityEditor;
import app.plateau.base.ui.Fields;
import app.plateau.base.ui.FilterField;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.WorkingPeriod;
import app.plateau.base.DomainException;
import com.vaadin.flow.data.binder.ValidationResult;
import app.plateau.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;

/**
 * Administration of sites. A global administrator creates and removes them; a site's own
 * administrator sees and edits only that site.
 */
@Route("admin/sites")
@Menu(order = 10, title = "nav.admin.sites", icon = "vaadin:building-o")
@RolesAllowed("ADMIN")
public class SitesView extends VerticalLayout implements HasDynamicTitle {

    private final SiteService sites;
    private final FilterField filter = new FilterField(this::refresh);
    private final Grid<Site> grid = new Grid<>(Site.class, false);
    private final SiteEditor editor = new SiteEditor();

    public SitesView(SiteService sites) {
        this.sites = sites;
        addClassName("admin-view");
        setSizeFull();
        boolean globalAdmin = CurrentUser.get().isGlobalAdmin();

        Button create = new Button(getTranslation("site.new"), VaadinIcon.PLUS.create(),
                event -> editor.edit(Site.draft(), true, getTranslation("site.new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(globalAdmin);
        editor.setDeletable(globalAdmin);
        HorizontalLayout toolbar = new HorizontalLayout(filter, create);
        toolbar.addClassName("admin-toolbar");

        grid.addColumn(Site::getName).setHeader(getTranslation("site.name")).setSortProperty("name").setKey("name")
                .setAutoWidth(true);
        grid.addColumn(Site::getCity).setHeader(getTranslation("site.city")).setSortProperty("city").setKey("city");
        grid.addColumn(Site::getTimeZone).setHeader(getTranslation("site.time-zone")).setSortProperty("timeZone")
                .setKey("time-zone");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addItemClickListener(event -> editor.edit(sites.get(event.getItem().getId()), false,
                event.getItem().getName()));

        editor.persistWith(sites::save, site -> sites.delete(site.getId()), this::refresh);

        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        String text = filter.getValue();
        grid.setItems(query -> sites.page(text, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) sites.count(text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.page-title");
    }

    /** The site form: the time zone is picked from those Java knows, so it always parses. */
    static class SiteEditor extends EntityEditor<Site> {

        final TextField name = Fields.text(getTranslation("site.name"), Site.NAME_MAX);
        final TextField city = Fields.text(getTranslation("site.city"), Site.CITY_MAX);
        final ComboBox<String> timeZone = new ComboBox<>(getTranslation("site.time-zone"));
        final TimePicker dayEnd = new TimePicker(getTranslation("site.day-end"));
        final TextField periodStarts = Fields.text(getTranslation("site.period-starts"), 60);

        SiteEditor() {
            super(Site.class);
            timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
            dayEnd.setStep(java.time.Duration.ofMinutes(15));
            dayEnd.setHelperText(getTranslation("site.day-end.help"));
            periodStarts.setRequired(false);
            periodStarts.setPlaceholder(getTranslation("site.period-starts.placeholder"));
            periodStarts.setHelperText(getTranslation("site.period-starts.help"));
            binder.forField(periodStarts)
                    .withValidator((text, context) -> periodStartsError(text))
                    .bind(Site::getPeriodStarts, Site::setPeriodStarts);
            form.add(name, city, timeZone, dayEnd, periodStarts);
            binder.bindInstanceFields(this);
        }

        /** The reason the starts cannot be read, on the field itself, or none. */
        private ValidationResult periodStartsError(String text) {
            try {
                WorkingPeriod.parse(text);
                return ValidationResult.ok();
            } catch (DomainException e) {
                return ValidationResult.error(getTranslation(e.getMessageKey(), e.getArguments()));
            }
        }

        @Override
        protected String describe(Site site) {
            return site.getName();
        }
    }
}
