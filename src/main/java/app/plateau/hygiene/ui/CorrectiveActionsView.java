package app.plateau.hygiene.ui;

import app.plateau.base.ui.Live;
import app.plateau.base.ui.Notifications;
import app.plateau.hygiene.CorrectiveAction;
import app.plateau.hygiene.HygieneBroadcaster;
import app.plateau.hygiene.HygieneService;
import app.plateau.hygiene.OpenAction;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.ui.SiteSelect;
import app.plateau.security.CurrentUser;
import app.plateau.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The site's open corrective actions, critical ones first; the health officer or a site manager
 * closes one with a note saying what was done. Auditors read.
 */
@Route("corrective-actions")
@Menu(order = 21, title = "nav.corrective-actions", icon = "vaadin:tools")
@RolesAllowed({Role.HEALTH_OFFICER_NAME, Role.SITE_MANAGER_NAME, Role.AUDITOR_NAME})
public class CorrectiveActionsView extends VerticalLayout implements HasDynamicTitle {

    private final HygieneService hygiene;
    private final PersonService people;
    private final SiteSelect site;
    private final Div cards = new Div();
    private final boolean mayClose;

    public CorrectiveActionsView(HygieneService hygiene, SiteService sites, PersonService people,
            HygieneBroadcaster broadcaster) {
        this.hygiene = hygiene;
        this.people = people;
        this.mayClose = CurrentUser.get().has(Role.HEALTH_OFFICER) || CurrentUser.get().has(Role.SITE_MANAGER);
        this.site = new SiteSelect(sites, this::refresh);
        addClassName("corrective-actions-view");
        cards.addClassName("action-cards");
        add(site, cards);
        Live.refresh(this, broadcaster.sites(), site::siteId, this::refresh);
        refresh();
    }

    void refresh() {
        cards.removeAll();
        Long siteId = site.siteId();
        List<OpenAction> open = siteId == null ? List.of() : hygiene.openActions(siteId);
        if (open.isEmpty()) {
            cards.add(new Paragraph(getTranslation("hygiene.actions.none")));
        }
        open.forEach(action -> cards.add(card(action)));
    }

    private Component card(OpenAction action) {
        Div card = new Div();
        card.setId("action-" + action.id());
        card.addClassName("action-card");
        H3 title = new H3(getTranslation("hygiene.actions.detail", action.floorName(), action.itemLabel()));
        title.addClassName("action-title");
        card.add(title);
        if (action.critical()) {
            card.addClassName("action-critical");
            Span critical = new Span(getTranslation("hygiene.checklist.critical"));
            critical.addClassName("checklist-critical");
            card.add(critical);
        }
        if (action.overdue()) {
            card.addClassName("action-overdue");
            Span overdue = new Span(getTranslation("hygiene.actions.overdue"));
            overdue.addClassName("action-overdue-chip");
            card.add(overdue);
        }
        card.add(line(action.failureNote(), "action-failure"),
                line(getTranslation("hygiene.actions.what", action.action()), "action-what"),
                line(ownerLine(this, action), "action-owner"),
                line(getTranslation("hygiene.actions.opened", action.openedBy(), action.openedAt()), "action-opened"));
        if (mayClose) {
            Button owner = new Button(getTranslation(action.ownerId() == null ? "hygiene.actions.set-owner"
                    : "hygiene.actions.change-owner"), event -> askOwner(action));
            owner.addClassName("action-set-owner");
            card.add(owner);
            Button close = new Button(getTranslation("hygiene.actions.close"), event -> askNote(action));
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            close.addClassName("action-close");
            card.add(close);
        }
        return card;
    }

    /** Who owns the action and by when, or that nobody does yet. */
    static String ownerLine(Component component, OpenAction action) {
        return action.owner() == null
                ? component.getTranslation("hygiene.actions.no-owner", action.deadline())
                : component.getTranslation("hygiene.actions.owner", action.owner(), action.deadline());
    }

    private void askOwner(OpenAction action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("hygiene.actions.set-owner.title", action.itemLabel()));
        dialog.setWidth("min(32rem, 95vw)");
        OwnerField owner = new OwnerField(people, site.siteId());
        owner.setRequiredIndicatorVisible(true);
        owner.setWidthFull();
        dialog.add(owner);
        Button cancel = new Button(getTranslation("common.cancel"), event -> dialog.close());
        Button confirm = new Button(getTranslation("hygiene.actions.set-owner.confirm"), event -> {
            OpenAction saved = hygiene.setOwner(action.id(), owner.personId());
            dialog.close();
            refresh();
            Notifications.success(getTranslation("hygiene.actions.owner-set", saved.itemLabel(), saved.owner()));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        owner.focus();
    }

    private static Span line(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }

    private void askNote(OpenAction action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("hygiene.actions.close.title", action.itemLabel()));
        dialog.setWidth("min(32rem, 95vw)");
        TextArea note = new TextArea(getTranslation("hygiene.action.closing-note"));
        note.setMaxLength(CorrectiveAction.TEXT_MAX);
        note.setRequiredIndicatorVisible(true);
        note.setWidthFull();
        dialog.add(note);
        Button cancel = new Button(getTranslation("common.cancel"), event -> dialog.close());
        Button confirm = new Button(getTranslation("hygiene.actions.close.confirm"), event -> {
            hygiene.closeAction(action.id(), note.getValue());
            dialog.close();
            refresh();
            Notifications.success(getTranslation("hygiene.actions.closed", action.itemLabel()));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        note.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hygiene.actions.page-title");
    }
}
