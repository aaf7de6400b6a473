package app.plateau.meeting.ui;

import app.plateau.base.ui.EntityEditor;
import app.plateau.base.ui.Fields;
import app.plateau.meeting.MeetingRoom;
import app.plateau.meeting.MeetingRoomService;
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
 * Administration of the rooms where a physical meeting may be asked for, each with its own sanitary
 * cap. A room that served is retired rather than deleted; the service refuses a cap below the
 * people of a coming meeting in the room, naming it.
 */
@Route("meeting-rooms")
@Menu(order = 18, title = "nav.admin.meeting-rooms", icon = "vaadin:presentation")
@RolesAllowed("ADMIN")
public class MeetingRoomsView extends VerticalLayout implements HasDynamicTitle {

    private final MeetingRoomService rooms;
    private final SiteSelect site;
    final Grid<MeetingRoom> grid = new Grid<>(MeetingRoom.class, false);
    private final RoomEditor editor = new RoomEditor();

    public MeetingRoomsView(MeetingRoomService rooms, SiteService sites) {
        this.rooms = rooms;
        this.site = new SiteSelect(sites, this::refresh);
        addClassName("admin-view");
        setSizeFull();

        Button create = new Button(getTranslation("meeting-room.new"), VaadinIcon.PLUS.create(), event -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(site, create);
        toolbar.addClassName("admin-toolbar");

        grid.addColumn(MeetingRoom::getName).setHeader(getTranslation("meeting-room.name")).setSortProperty("name")
                .setKey("name").setAutoWidth(true);
        grid.addColumn(MeetingRoom::getSanitaryCap).setHeader(getTranslation("meeting-room.cap"))
                .setSortProperty("sanitaryCap").setKey("cap");
        grid.addColumn(this::status).setHeader(getTranslation("meeting-room.status"))
                .setKey("status");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addItemClickListener(event -> editor.edit(rooms.get(event.getItem().getId()), false,
                event.getItem().getName()));

        editor.persistWith(rooms::save, room -> rooms.delete(room.getId()), this::refresh);

        add(toolbar, grid);
        refresh();
    }

    private String status(MeetingRoom room) {
        return getTranslation(room.isActive() ? "meeting-room.status.active" : "meeting-room.status.retired");
    }

    private void create() {
        Long siteId = site.siteId();
        if (siteId != null) {
            editor.edit(MeetingRoom.draft(siteId), true, getTranslation("meeting-room.new"));
        }
    }

    private void refresh() {
        site.fill(grid, rooms::page, rooms::count);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting-room.page-title");
    }

    /** The room form. */
    static class RoomEditor extends EntityEditor<MeetingRoom> {

        final TextField name = Fields.text(getTranslation("meeting-room.name"), MeetingRoom.NAME_MAX);
        final IntegerField sanitaryCap = Fields.integer(getTranslation("meeting-room.cap"), 1, MeetingRoom.CAP_MAX);
        final Checkbox active = new Checkbox(getTranslation("meeting-room.active"));

        RoomEditor() {
            super(MeetingRoom.class);
            name.setRequired(true);
            sanitaryCap.setRequiredIndicatorVisible(true);
            sanitaryCap.setHelperText(getTranslation("meeting-room.cap.help"));
            form.add(name, sanitaryCap, active);
            binder.bindInstanceFields(this);
        }

        @Override
        protected String describe(MeetingRoom room) {
            return room.getName();
        }
    }
}
