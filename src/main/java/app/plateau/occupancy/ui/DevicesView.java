package app.plateau.occupancy.ui;

import app.plateau.base.Dates;
import app.plateau.base.ui.Fields;
import app.plateau.base.ui.Notifications;
import app.plateau.occupancy.Device;
import app.plateau.occupancy.DeviceDraft;
import app.plateau.occupancy.DeviceKind;
import app.plateau.occupancy.DeviceService;
import app.plateau.occupancy.NewDevice;
import app.plateau.occupancy.WallService;
import app.plateau.organisation.Floor;
import app.plateau.organisation.FloorService;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.ui.SiteSelect;
import app.plateau.security.Role;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;

/**
 * Administration of a site's devices: entrance displays, badge readers, feed clients and wall
 * screens; a site manager sees them all but creates and revokes wall screens only. A new
 * device's token is shown once, in a dialog to copy it from; a device is never edited, it is
 * revoked and replaced.
 */
@Route("devices")
@Menu(order = 16, title = "nav.admin.devices", icon = "vaadin:tablet")
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_MANAGER_NAME})
public class DevicesView extends VerticalLayout implements HasDynamicTitle {

    private final DeviceService devices;
    private final WallService walls;
    private final FloorService floors;
    private final SiteSelect site;
    private final List<DeviceKind> manageable;
    private final Grid<Device> grid = new Grid<>(Device.class, false);

    public DevicesView(DeviceService devices, WallService walls, FloorService floors, SiteService sites) {
        this.devices = devices;
        this.walls = walls;
        this.manageable = devices.manageableKinds();
        this.floors = floors;
        this.site = new SiteSelect(sites, this::refresh);
        addClassName("admin-view");
        setSizeFull();

        Button create = new Button(getTranslation("device.new"), VaadinIcon.PLUS.create(), event -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(site, create);
        toolbar.addClassName("admin-toolbar");

        grid.addColumn(Device::getName).setHeader(getTranslation("device.name")).setSortProperty("name")
                .setKey("name").setAutoWidth(true);
        grid.addColumn(device -> getTranslation(device.getKind().messageKey())).setHeader(getTranslation("device.kind"))
                .setSortProperty("kind").setKey("kind");
        grid.addColumn(device -> device.getFloor() == null ? getTranslation("common.none") : device.getFloor().getName())
                .setHeader(getTranslation("device.floor")).setKey("floor");
        grid.addColumn(device -> time(device.getCreatedAt())).setHeader(getTranslation("device.created"))
                .setSortProperty("createdAt").setKey("created");
        grid.addColumn(device -> device.getLastSeenAt() == null ? getTranslation("device.never")
                : time(device.getLastSeenAt())).setHeader(getTranslation("device.last-seen"))
                .setSortProperty("lastSeenAt").setKey("last-seen");
        grid.addColumn(this::status).setHeader(getTranslation("device.status")).setKey("status");
        grid.addColumn(new ComponentRenderer<>(this::revokeButton)).setHeader(getTranslation("common.actions"))
                .setKey("actions").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        add(toolbar, grid);
        refresh();
    }

    private Button revokeButton(Device device) {
        Button revoke = new Button(getTranslation("device.revoke"), event -> confirmRevoke(device));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        revoke.setVisible(!device.isRevoked() && manageable.contains(device.getKind()));
        return revoke;
    }

    private String status(Device device) {
        if (device.isRevoked()) {
            return getTranslation("device.status.revoked", time(device.getRevokedAt()));
        }
        if (device.getKind() == DeviceKind.WALL_DISPLAY) {
            LocalDate until = LocalDate.ofInstant(walls.expiry(device), site.zoneOf(site.siteId()));
            return getTranslation("device.status.active-until", Dates.date(getLocale(), until));
        }
        return getTranslation("device.status.active");
    }

    private void confirmRevoke(Device device) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("device.revoke.title", device.getName()));
        confirm.setText(getTranslation("device.revoke.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("device.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            devices.revoke(device.getId());
            refresh();
            Notifications.success(getTranslation("device.revoked", device.getName()));
        });
        confirm.open();
    }

    private void create() {
        Long siteId = site.siteId();
        if (siteId != null) {
            new CreateDialog(siteId).open();
        }
    }

    private String time(Instant instant) {
        return Dates.dateTime(getLocale(), LocalDateTime.ofInstant(instant, site.zoneOf(site.siteId())));
    }

    private void refresh() {
        site.fill(grid, devices::page, devices::count);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("device.page-title");
    }

    /** Where this Plateau is reached, as the administrator's browser reached it: the base of the links shown. */
    private static String baseUrl() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest servlet) {
            HttpServletRequest http = servlet.getHttpServletRequest();
            String scheme = http.getScheme();
            int port = http.getServerPort();
            boolean usual = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + http.getServerName() + (usual ? "" : ":" + port) + http.getContextPath();
        }
        return "";
    }

    /** Shows the new token once, with what to do with it, in fields whose text can be selected and copied. */
    private void showToken(NewDevice created) {
        Device device = created.device();
        Dialog dialog = new Dialog();
        dialog.addClassName("device-token-dialog");
        dialog.setHeaderTitle(getTranslation("device.token.title", device.getName()));
        dialog.setWidth("min(44rem, 95vw)");
        dialog.add(new Paragraph(getTranslation("device.token.once")));
        dialog.add(copyable(getTranslation("device.token"), created.token()));
        String base = baseUrl();
        if (device.getKind() == DeviceKind.WALL_DISPLAY) {
            dialog.add(copyable(getTranslation("device.wall-url"), base + "/wall/" + created.token()));
            dialog.add(new Paragraph(getTranslation("device.wall-url.help")));
        } else if (device.getKind() == DeviceKind.ENTRANCE_DISPLAY) {
            dialog.add(copyable(getTranslation("device.kiosk-url"), base + "/kiosk/" + created.token()));
            dialog.add(new Paragraph(getTranslation("device.kiosk-url.help")));
        } else {
            dialog.add(copyable(getTranslation("device.feed-url"), base.replaceFirst("^http", "ws") + "/ws"));
            dialog.add(new Paragraph(getTranslation("device.feed-url.help")));
        }
        Button close = new Button(getTranslation("common.close"), event -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        // The token is kept nowhere: once closed, it is gone from this page too.
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                dialog.removeFromParent();
            }
        });
        dialog.open();
    }

    private static TextField copyable(String label, String value) {
        TextField field = new TextField(label);
        field.setValue(value);
        field.setReadOnly(true);
        field.setWidthFull();
        field.addClassName("copyable");
        field.addFocusListener(event -> field.getElement().executeJs("this.inputElement.select()"));
        return field;
    }

    /** The new device form: a floor is asked for, and required by the service, for a display or a reader. */
    private class CreateDialog extends Dialog {

        final TextField name = Fields.text(getTranslation("device.name"), Device.NAME_MAX);
        final ComboBox<DeviceKind> kind = new ComboBox<>(getTranslation("device.kind"));
        final ComboBox<Floor> floor = new ComboBox<>(getTranslation("device.floor"));

        CreateDialog(long siteId) {
            setHeaderTitle(getTranslation("device.new"));
            setModal(true);
            setWidth("min(36rem, 95vw)");
            name.setRequired(true);
            kind.setItems(manageable);
            kind.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
            kind.setRequired(true);
            kind.setValue(manageable.get(0));
            floor.setItems(query -> floorsOf(siteId, query.getFilter().orElse(""),
                    VaadinSpringDataHelpers.toSpringPageRequest(query)));
            floor.setItemLabelGenerator(Floor::getName);
            floor.setHelperText(getTranslation("device.floor.help"));
            kind.addValueChangeListener(event -> showFloorFor(event.getValue()));
            showFloorFor(kind.getValue());
            FormLayout form = new FormLayout(name, kind, floor);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            add(form);

            Button save = new Button(getTranslation("device.create"), event -> save(siteId));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickShortcut(Key.ENTER);
            Button cancel = new Button(getTranslation("common.cancel"), event -> close());
            getFooter().add(cancel, save);
            addOpenedChangeListener(event -> {
                if (!event.isOpened()) {
                    removeFromParent();
                }
            });
        }

        /** A wall screen shows the whole site: no floor to choose. */
        private void showFloorFor(DeviceKind chosen) {
            floor.setRequiredIndicatorVisible(chosen != null && chosen.needsFloor());
            floor.setVisible(chosen != DeviceKind.WALL_DISPLAY);
            if (chosen == DeviceKind.WALL_DISPLAY) {
                floor.clear();
            }
        }

        private Stream<Floor> floorsOf(long siteId, String text, Pageable page) {
            return floors.page(siteId, text, page).stream();
        }

        private void save(long siteId) {
            NewDevice created = devices.create(new DeviceDraft(siteId, name.getValue(), kind.getValue(),
                    floor.getValue() == null ? null : floor.getValue().getId()));
            close();
            refresh();
            showToken(created);
        }
    }
}
