package app.plateau.hygiene.ui;

import app.plateau.base.ui.Notifications;
import app.plateau.hygiene.ChecklistItem;
import app.plateau.hygiene.HygieneService;
import app.plateau.hygiene.HygieneTemplate;
import app.plateau.hygiene.ScheduleLine;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.ui.SiteSelect;
import app.plateau.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checklist templates of a site: pick or start one, edit its name and items (each may be critical),
 * then choose the floors it is done on and its daily times.
 */
@Route("hygiene-templates")
@Menu(order = 22, title = "nav.hygiene-templates", icon = "vaadin:list")
@RolesAllowed({Role.ADMIN_NAME, Role.HEALTH_OFFICER_NAME})
public class HygieneTemplatesView extends VerticalLayout implements HasDynamicTitle {

    private final HygieneService hygiene;
    private final FloorService floors;
    private final SiteSelect site;
    private final ComboBox<HygieneTemplate> picker = new ComboBox<>();
    private final TextField name = new TextField();
    private final Div items = new Div();
    private final List<ItemRow> rows = new ArrayList<>();
    private final MultiSelectComboBox<Floor> floorChoice = new MultiSelectComboBox<>();
    private final TextField times = new TextField();
    private final Div scheduleBox;
    private Long editing;

    public HygieneTemplatesView(HygieneService hygiene, FloorService floors, SiteService sites) {
        this.hygiene = hygiene;
        this.floors = floors;
        this.site = new SiteSelect(sites, this::loadSite);
        addClassName("hygiene-templates-view");
        picker.setLabel(getTranslation("hygiene.templates.template"));
        picker.setItemLabelGenerator(HygieneTemplate::getName);
        picker.addClassName("template-picker");
        picker.addValueChangeListener(event -> {
            if (event.isFromClient() || event.getValue() != null) {
                edit(event.getValue());
            }
        });
        Button fresh = new Button(getTranslation("hygiene.templates.new"), VaadinIcon.PLUS.create(),
                event -> picker.clear());
        fresh.addClickListener(event -> edit(null));
        name.setLabel(getTranslation("hygiene.template.name"));
        name.setMaxLength(HygieneTemplate.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.addClassName("template-name");
        items.addClassName("template-items");
        Button addItem = new Button(getTranslation("hygiene.templates.add-item"), VaadinIcon.PLUS.create(),
                event -> addRow(new ChecklistItem("", false)));
        Button save = new Button(getTranslation("hygiene.templates.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        floorChoice.setLabel(getTranslation("hygiene.schedule.floors"));
        floorChoice.setItemLabelGenerator(Floor::getName);
        times.setLabel(getTranslation("hygiene.schedule.times"));
        times.setHelperText(getTranslation("hygiene.templates.schedule.help"));
        times.addClassName("schedule-times");
        Button saveSchedule = new Button(getTranslation("hygiene.templates.save-schedule"), event -> saveSchedule());
        saveSchedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        scheduleBox = new Div(new H3(getTranslation("hygiene.templates.schedule")), floorChoice, times, saveSchedule);
        scheduleBox.addClassName("template-schedule");

        Div pick = new Div(picker, fresh);
        pick.addClassName("template-pick");
        add(site, pick, name, new H3(getTranslation("hygiene.templates.items")), items, addItem,
                save, scheduleBox);
        loadSite();
    }

    private void loadSite() {
        Long siteId = site.siteId();
        List<HygieneTemplate> list = siteId == null ? List.of() : hygiene.templates(siteId);
        floorChoice.setItems(siteId == null ? List.of() : floors.listBySite(siteId));
        picker.setItems(list);
        if (list.isEmpty()) {
            edit(null);
        } else {
            picker.setValue(list.get(0));
        }
    }

    private void edit(HygieneTemplate template) {
        editing = template == null ? null : template.getId();
        name.setValue(template == null ? "" : template.getName());
        rows.clear();
        items.removeAll();
        if (template == null) {
            addRow(new ChecklistItem("", false));
        } else {
            template.getItems().forEach(this::addRow);
        }
        scheduleBox.setVisible(template != null);
        if (template != null) {
            ScheduleLine schedule = hygiene.schedule(template.getId());
            floorChoice.setValue(floorChoice.getListDataView().getItems()
                    .filter(floor -> schedule.floorIds().contains(floor.getId())).collect(Collectors.toSet()));
            times.setValue(schedule.times().stream().map(LocalTime::toString).collect(Collectors.joining(", ")));
        }
    }

    private void addRow(ChecklistItem item) {
        ItemRow row = new ItemRow(item);
        rows.add(row);
        items.add(row);
    }

    private void save() {
        HygieneTemplate saved = hygiene.saveTemplate(editing, site.siteId(), name.getValue(),
                rows.stream().map(ItemRow::item).toList());
        picker.setItems(hygiene.templates(site.siteId()));
        picker.setValue(picker.getListDataView().getItems()
                .filter(template -> template.getId().equals(saved.getId())).findFirst().orElse(null));
        Notifications.success(getTranslation("common.saved", saved.getName()));
    }

    private void saveSchedule() {
        List<LocalTime> parsed = new ArrayList<>();
        for (String part : times.getValue().strip().split("[\\s,;]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                parsed.add(LocalTime.parse(part.length() == 4 ? "0" + part : part));
            } catch (DateTimeParseException e) {
                Notifications.error(getTranslation("hygiene.error.times", part));
                return;
            }
        }
        hygiene.setSchedule(editing, floorChoice.getValue().stream().map(Floor::getId).toList(), parsed);
        Notifications.success(getTranslation("hygiene.templates.schedule-saved", name.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hygiene.templates.page-title");
    }

    /** One item of the template being edited. */
    private final class ItemRow extends Div {

        private final TextField label = new TextField();
        private final Checkbox critical = new Checkbox(getTranslation("hygiene.item.critical"));

        ItemRow(ChecklistItem item) {
            addClassName("template-item");
            label.setPlaceholder(getTranslation("hygiene.item.label"));
            label.setAriaLabel(getTranslation("hygiene.item.label"));
            label.setMaxLength(ChecklistItem.LABEL_MAX);
            label.setValue(item.getLabel());
            critical.setValue(item.isCritical());
            Button remove = new Button(VaadinIcon.TRASH.create(), event -> {
                rows.remove(this);
                items.remove(this);
            });
            remove.setAriaLabel(getTranslation("hygiene.templates.remove-item"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(label, critical, remove);
        }

        ChecklistItem item() {
            return new ChecklistItem(label.getValue(), critical.getValue());
        }
    }
}
