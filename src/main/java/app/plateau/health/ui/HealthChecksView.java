package app.plateau.health.ui;

import app.plateau.base.Dates;
import app.plateau.base.Text;
import app.plateau.base.ui.Notifications;
import app.plateau.health.Block;
import app.plateau.health.CheckMoment;
import app.plateau.health.CheckResult;
import app.plateau.health.CheckRow;
import app.plateau.health.TemperatureService;
import app.plateau.health.TypedTemperature;
import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.SiteService;
import app.plateau.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.springframework.data.domain.PageRequest;

/**
 * The health officer's temperature checks: record one (the value asked only above the threshold,
 * as a cleared check keeps none), the day's checks, and the people kept off the floors, each with
 * the button that clears them.
 */
@Route("health-checks")
@Menu(order = 24, title = "nav.health.checks", icon = "vaadin:clipboard-pulse")
@RolesAllowed("HEALTH_OFFICER")
public class HealthChecksView extends VerticalLayout implements HasDynamicTitle {

    private final TemperatureService checks;
    private final long siteId;
    private final ZoneId zone;

    final ComboBox<Person> person = new ComboBox<>();
    final RadioButtonGroup<CheckMoment> moment = new RadioButtonGroup<>();
    final RadioButtonGroup<CheckResult> result = new RadioButtonGroup<>();
    /**
     * Text, read by {@link TypedTemperature}: a number field would read the dot of "38.6" by the
     * interface's language, as a French grouping separator (386), where people type either separator.
     */
    final TextField temperature = new TextField();
    final Grid<CheckRow> today = new Grid<>();
    final Grid<Block> blocked = new Grid<>();

    public HealthChecksView(TemperatureService checks, PersonService people, SiteService sites) {
        this.checks = checks;
        this.siteId = CurrentUser.get().siteId();
        this.zone = sites.get(siteId).zoneId();
        addClassName("health-view");
        setSizeFull();

        person.setLabel(getTranslation("health.check.person"));
        person.setItemLabelGenerator(Person::getFullName);
        person.setItems(query -> people.page(siteId, null, query.getFilter().orElse(""),
                PageRequest.of(query.getOffset() / query.getLimit(), query.getLimit())).stream());
        person.setWidth("20em");
        person.addClassName("health-check-person");
        moment.setLabel(getTranslation("health.check.moment"));
        moment.setItems(CheckMoment.values());
        moment.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        moment.setValue(CheckMoment.ENTRY);
        result.setLabel(getTranslation("health.check.result"));
        result.setItems(CheckResult.values());
        result.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        result.setValue(CheckResult.CLEARED);
        result.addClassName("health-check-result");
        temperature.setLabel(getTranslation("health.check.temperature"));
        temperature.setHelperText(getTranslation("health.check.threshold", checks.threshold()));
        temperature.setPlaceholder(getTranslation("health.check.temperature.placeholder"));
        temperature.setAllowedCharPattern("[0-9.,]");
        temperature.setMaxLength(TypedTemperature.MAX_LENGTH);
        temperature.setWidth("10em");
        temperature.addClassName("health-check-temperature");
        temperature.setVisible(false);
        result.addValueChangeListener(change -> {
            temperature.setVisible(change.getValue() == CheckResult.ABOVE_THRESHOLD);
            temperature.clear();
        });
        Button save = new Button(getTranslation("health.check.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(person, moment, result, temperature, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.addClassName("health-check-form");

        today.addColumn(CheckRow::personName).setHeader(getTranslation("health.check.person")).setKey("person")
                .setAutoWidth(true);
        today.addColumn(row -> Dates.time(getLocale(), row.at().atZone(zone).toLocalTime()))
                .setHeader(getTranslation("health.check.time")).setKey("time");
        today.addColumn(row -> getTranslation(row.moment().messageKey()))
                .setHeader(getTranslation("health.check.moment")).setKey("moment");
        today.addColumn(row -> getTranslation(row.result().messageKey()))
                .setHeader(getTranslation("health.check.result")).setKey("result");
        today.addColumn(row -> row.temperature() == null ? ""
                        : getTranslation("health.check.temperature.value", row.temperature()))
                .setHeader(getTranslation("health.check.temperature")).setKey("temperature");
        today.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        today.addClassName("health-today");
        // Page by page: each page read is logged with the people on it, never the whole day at once.
        today.setItems(query -> checks.today(siteId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) checks.countToday(siteId));

        blocked.addColumn(Block::personName).setHeader(getTranslation("health.check.person")).setKey("person")
                .setAutoWidth(true);
        blocked.addColumn(block -> getTranslation(block.kind().messageKey()))
                .setHeader(getTranslation("health.block.reason")).setKey("reason");
        blocked.addColumn(block -> block.until() == null ? getTranslation("health.block.until-cleared")
                : getTranslation("health.block.until", block.until())).setHeader(getTranslation("health.block.until-header"))
                .setKey("until");
        blocked.addComponentColumn(block -> {
            Button lift = new Button(getTranslation("health.block.lift"), click -> lift(block));
            lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return lift;
        }).setKey("lift");
        blocked.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);

        add(form, new H3(getTranslation("health.blocked.title")), blocked,
                new H3(getTranslation("health.today.title")), today);
        refresh();
    }

    private void save() {
        Person chosen = person.getValue();
        if (chosen == null) {
            Notifications.error(getTranslation("error.required", new Text("health.check.person")));
            return;
        }
        checks.record(chosen.getId(), moment.getValue(), result.getValue(),
                TypedTemperature.parse(temperature.getValue()));
        Notifications.success(getTranslation("health.check.saved", chosen.getFullName()));
        person.clear();
        result.setValue(CheckResult.CLEARED);
        refresh();
    }

    private void lift(Block block) {
        checks.lift(block.kind(), block.recordId());
        Notifications.success(getTranslation("health.block.lifted", block.personName()));
        refresh();
    }

    private void refresh() {
        blocked.setItems(checks.blocked(siteId));
        today.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("health.checks.title");
    }
}
