package app.plateau.organisation.ui;

import app.plateau.organisation.Floor;
import app.plateau.organisation.Team;
import com.vaadin.flow.component.combobox.ComboBox;

/** The floor and team pickers of the organisation forms and filters, and how a grid names an optional one. */
final class Choices {

    private Choices() {
    }

    /** Items are set per site by the view, since a site's floors are few. */
    static ComboBox<Floor> floor(String label) {
        ComboBox<Floor> floor = new ComboBox<>(label);
        floor.setItemLabelGenerator(Floor::getName);
        floor.setClearButtonVisible(true);
        return floor;
    }

    /** Items are set per site by the view, since a site's teams are few. */
    static ComboBox<Team> team(String label) {
        ComboBox<Team> team = new ComboBox<>(label);
        team.setItemLabelGenerator(Team::getName);
        team.setClearButtonVisible(true);
        return team;
    }

    static String name(Floor floor) {
        return floor == null ? "" : floor.getName();
    }

    static String name(Team team) {
        return team == null ? "" : team.getName();
    }
}
