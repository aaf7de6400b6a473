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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.util.List;

/** Administration of a site's teams: their name, home floor and lead. */
@Route("admin/teams")
@Menu(order = 12, title = "nav.admin.teams", icon = "vaadin:group")
@RolesAllowed("ADMIN")
public class TeamsView extends VerticalLayout implements HasDynamicTitle {

    private final TeamService teams;
    private final FloorService floors;
    private final SiteSelect site;
    private final FilterField filter = new FilterField(this::refresh);
    private final Grid<Team> grid = new Grid<>(Team.class, false);
    private final TeamEditor editor;

    public TeamsView(TeamService teams, FloorService floors, PersonService people, SiteService sites) {
        this.teams = teams;
        this.floors = floors;
        this.editor = new TeamEditor(people);
        this.site = new SiteSelect(sites, this::siteChanged);
        addClassName("admin-view");
        setSizeFull();

        Button create = new Button(getTranslation("team.new"), VaadinIcon.PLUS.create(), event -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(site, filter, create);
        toolbar.addClassName("admin-toolbar");

        grid.addColumn(Team::getName).setHeader(getTranslation("team.name")).setSortProperty("name").setKey("name")
                .setAutoWidth(true);
        grid.addColumn(team -> Choices.name(team.getHomeFloor())).setHeader(getTranslation("team.home-floor"))
                .setKey("home-floor");
        grid.addColumn(team -> team.getLead() == null ? "" : team.getLead().getFullName())
                .setHeader(getTranslation("team.lead")).setKey("lead");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addItemClickListener(event -> editor.edit(teams.get(event.getItem().getId()), false,
                event.getItem().getName()));

        editor.persistWith(teams::save, team -> teams.delete(team.getId()), this::refresh);

        add(toolbar, grid);
        siteChanged();
    }

    private void create() {
        if (site.getValue() != null) {
            editor.edit(Team.draft(site.getValue()), true, getTranslation("team.new"));
        }
    }

    /** The editor's choices follow the site: its floors, and a lookup among its people. */
    private void siteChanged() {
        Long siteId = site.siteId();
        editor.forSite(siteId, siteId == null ? List.of() : floors.listBySite(siteId));
        refresh();
    }

    private void refresh() {
        String text = filter.getValue();
        site.fill(grid, (siteId, pageable) -> teams.page(siteId, text, pageable), siteId -> teams.count(siteId, text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.page-title");
    }

    /** The team form. A site has thousands of people, so the lead is looked up page by page as one types. */
    static class TeamEditor extends EntityEditor<Team> {

        final TextField name = Fields.text(getTranslation("team.name"), Team.NAME_MAX);
        final ComboBox<Floor> homeFloor = Choices.floor(getTranslation("team.home-floor"));
        final ComboBox<Person> lead = new ComboBox<>(getTranslation("team.lead"));
        private final PersonService people;

        TeamEditor(PersonService people) {
            super(Team.class);
            this.people = people;
            lead.setItemLabelGenerator(Person::getFullName);
            lead.setClearButtonVisible(true);
            form.add(name, homeFloor, lead);
            binder.bindInstanceFields(this);
        }

        void forSite(Long siteId, List<Floor> siteFloors) {
            homeFloor.setItems(siteFloors);
            if (siteId == null) {
                lead.setItems(List.of());
                return;
            }
            lead.setItems(query -> people.page(siteId, null, query.getFilter().orElse(""),
                            VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                    query -> (int) people.count(siteId, null, query.getFilter().orElse("")));
        }

        @Override
        protected String describe(Team team) {
            return team.getName();
        }
    }
}
