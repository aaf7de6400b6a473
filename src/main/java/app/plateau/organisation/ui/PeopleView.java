package app.plateau.organisation.ui;

import app.plateau.base.ui.EntityEditor;
import app.plateau.base.ui.Fields;
import app.plateau.base.ui.FilterField;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.Team;
import app.plateau.organisation.TeamService;
import app.plateau.organisation.WorkMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Administration of a site's people: thousands of them, so the grid pages through the database. */
@Route("admin/people")
@Menu(order = 13, title = "nav.admin.people", icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final PersonService people;
    private final TeamService teams;
    private final FloorService floors;
    private final SiteSelect site;
    private final FilterField filter = new FilterField(this::refresh);
    private final ComboBox<Team> teamFilter = Choices.team(getTranslation("person.team"));
    private final Grid<Person> grid = new Grid<>(Person.class, false);
    private final PersonEditor editor = new PersonEditor();

    public PeopleView(PersonService people, TeamService teams, FloorService floors, SiteService sites) {
        this.people = people;
        this.teams = teams;
        this.floors = floors;
        this.site = new SiteSelect(sites, this::siteChanged);
        addClassName("admin-view");
        setSizeFull();

        teamFilter.setPlaceholder(getTranslation("person.all-teams"));
        teamFilter.addValueChangeListener(event -> refresh());
        Button create = new Button(getTranslation("person.new"), VaadinIcon.PLUS.create(), event -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(site, filter, teamFilter, create);
        toolbar.addClassName("admin-toolbar");

        grid.addColumn(Person::getEmployeeNumber).setHeader(getTranslation("person.employee-number"))
                .setSortProperty("employeeNumber").setKey("employee-number").setAutoWidth(true);
        grid.addColumn(Person::getFullName).setHeader(getTranslation("person.full-name"))
                .setSortProperty("fullName").setKey("full-name").setAutoWidth(true);
        grid.addColumn(person -> Choices.name(person.getTeam())).setHeader(getTranslation("person.team"))
                .setKey("team");
        grid.addColumn(person -> Choices.name(person.getHomeFloor())).setHeader(getTranslation("person.home-floor"))
                .setKey("home-floor");
        grid.addColumn(person -> getTranslation(person.getWorkMode().messageKey()))
                .setHeader(getTranslation("person.work-mode")).setKey("work-mode");
        grid.addColumn(person -> getTranslation(person.isActive() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("person.active")).setSortProperty("active").setKey("active");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addItemClickListener(event -> editor.edit(people.get(event.getItem().getId()), false,
                event.getItem().getFullName()));

        editor.persistWith(people::save, person -> people.delete(person.getId()), this::refresh);

        add(toolbar, grid);
        siteChanged();
    }

    private void create() {
        if (site.getValue() != null) {
            editor.edit(Person.draft(site.getValue()), true, getTranslation("person.new"));
        }
    }

    /** The team filter and the editor's choices follow the site; a site's teams and floors are few. */
    private void siteChanged() {
        Long siteId = site.siteId();
        List<Team> siteTeams = siteId == null ? List.of() : teams.listBySite(siteId);
        teamFilter.setItems(siteTeams);
        editor.team.setItems(siteTeams);
        editor.homeFloor.setItems(siteId == null ? List.of() : floors.listBySite(siteId));
        refresh();
    }

    private void refresh() {
        Long teamId = teamFilter.getValue() == null ? null : teamFilter.getValue().getId();
        String text = filter.getValue();
        site.fill(grid, (siteId, pageable) -> people.page(siteId, teamId, text, pageable),
                siteId -> people.count(siteId, teamId, text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("person.page-title");
    }

    /** The person form, with the lengths and patterns the entity declares. */
    static class PersonEditor extends EntityEditor<Person> {

        final TextField employeeNumber = Fields.text(getTranslation("person.employee-number"), Person.NUMBER_MAX);
        final TextField fullName = Fields.text(getTranslation("person.full-name"), Person.NAME_MAX);
        final TextField email = Fields.text(getTranslation("person.email"), Person.EMAIL_MAX);
        final TextField phone = Fields.text(getTranslation("person.phone"), Person.PHONE_MAX);
        final ComboBox<Team> team = Choices.team(getTranslation("person.team"));
        final ComboBox<Floor> homeFloor = Choices.floor(getTranslation("person.home-floor"));
        final Select<WorkMode> workMode = new Select<>();
        final Checkbox active = new Checkbox(getTranslation("person.active"));

        PersonEditor() {
            super(Person.class);
            workMode.setLabel(getTranslation("person.work-mode"));
            workMode.setItems(WorkMode.values());
            workMode.setItemLabelGenerator(mode -> getTranslation(mode.messageKey()));
            form.add(employeeNumber, fullName, email, phone, team, homeFloor, workMode, active);
            // An empty box is no value: else its "" would fail the patterns instead of being required or optional.
            binder.forField(employeeNumber).withNullRepresentation("").bind("employeeNumber");
            binder.forField(email).withNullRepresentation("").bind("email");
            binder.forField(phone).withNullRepresentation("").bind("phone");
            binder.bindInstanceFields(this);
        }

        @Override
        protected String describe(Person person) {
            return person.getFullName();
        }
    }
}
