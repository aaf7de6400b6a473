package app.plateau.organisation.ui;

import app.plateau.base.ui.EntityEditor;
import app.plateau.base.ui.FilterField;
import app.plateau.base.ui.Notifications;
import app.plateau.base.ui.PhoneCards;
import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.security.Account;
import app.plateau.security.AccountService;
import app.plateau.security.ActivationService;
import app.plateau.security.ActivationService.ActivationReport;
import app.plateau.security.CurrentUser;
import app.plateau.security.PasswordPolicy;
import app.plateau.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.time.LocalTime;
import java.util.stream.Collectors;

/** Administration of sign-in accounts: roles, the person behind each, passwords and locks. */
@Route("admin/accounts")
@Menu(order = 14, title = "nav.admin.accounts", icon = "vaadin:key")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final PersonService people;
    private final Clock clock;
    private final SiteSelect site;
    private final FilterField filter = new FilterField(this::refresh);
    private final Grid<Account> grid = new Grid<>(Account.class, false);
    /** One column per field on a desk screen, one column of cards on a phone. */
    private PhoneCards cards;
    private final AccountEditor editor;
    private final ActivationService activation;
    /** Lists only the accounts waiting for a password, and lets them be picked for activation links. */
    private final Checkbox awaiting = new Checkbox();
    private final Button sendLinks = new Button();
    private final Span mailMissing = new Span();

    public AccountsView(AccountService accounts, ActivationService activation, PersonService people,
            SiteService sites, Clock clock) {
        this.accounts = accounts;
        this.activation = activation;
        this.people = people;
        this.clock = clock;
        this.site = new SiteSelect(sites, this::refresh);
        this.editor = new AccountEditor(people);
        addClassName("admin-view");
        setSizeFull();
        if (CurrentUser.get().isGlobalAdmin()) {
            // Without a site a global administrator sees every account, and creates one at no site.
            site.setVisible(true);
            site.setClearButtonVisible(true);
            site.setPlaceholder(getTranslation("account.all-sites"));
        }

        Button create = new Button(getTranslation("account.new"), VaadinIcon.PLUS.create(), event -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        awaiting.setLabel(getTranslation("activation.filter"));
        awaiting.addValueChangeListener(event -> refresh());
        sendLinks.setIcon(VaadinIcon.ENVELOPE.create());
        sendLinks.addClickListener(event -> sendLinks());
        sendLinks.setDisableOnClick(true);
        mailMissing.setText(getTranslation("activation.mail-not-configured"));
        mailMissing.addClassName("activation-mail-missing");
        HorizontalLayout toolbar = new HorizontalLayout(site, filter, awaiting, create, sendLinks, mailMissing);
        toolbar.addClassName("admin-toolbar");
        addClassName("accounts-view");

        // The username is as wide as it needs; names and roles share the rest and wrap rather than being cut.
        grid.addColumn(Account::getUsername).setHeader(getTranslation("account.username"))
                .setSortProperty("username").setKey("username").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Account::getDisplayName).setHeader(getTranslation("account.display-name"))
                .setSortProperty("displayName").setKey("displayName").setFlexGrow(2);
        grid.addColumn(this::roles).setHeader(getTranslation("account.roles")).setKey("roles").setFlexGrow(2);
        grid.addColumn(this::status).setHeader(getTranslation("account.status")).setKey("status");
        // A phone's width holds one readable column: the name, the username, the roles and the status stacked.
        grid.addColumn(new ComponentRenderer<>(this::accountCard)).setHeader(getTranslation("account.column"))
                .setKey("account").setVisible(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addItemClickListener(event -> edit(event.getItem()));
        grid.addSelectionListener(event -> showSendLinks());

        editor.addSaveListener(event -> {
            AccountForm form = event.getRecord();
            Account saved = form.isNew() ? accounts.create(form.toDraft(), form.getPassword())
                    : accounts.update(form.getId(), form.getDisplayName(), form.getSiteId(), form.personId(),
                            form.getRoles());
            closeAndRefresh();
            Notifications.success(getTranslation("common.saved", saved.getUsername()));
        });
        editor.resetPassword.addClickListener(event -> {
            AccountForm form = editor.getBean();
            String temporary = accounts.resetPassword(form.getId());
            closeAndRefresh();
            showTemporaryPassword(form.getUsername(), temporary);
        });
        editor.lock.addClickListener(event -> {
            accounts.lock(editor.getBean().getId());
            closeAndRefresh();
            Notifications.success(getTranslation("account.locked", editor.getBean().getUsername()));
        });
        editor.unlock.addClickListener(event -> {
            accounts.unlock(editor.getBean().getId());
            closeAndRefresh();
            Notifications.success(getTranslation("account.unlocked", editor.getBean().getUsername()));
        });

        add(toolbar, grid);
        cards = PhoneCards.follow(this, grid, "account");
        refresh();
    }

    /** Shows the layout for a window this wide, as a resize would. */
    void fitTo(int windowWidth) {
        cards.fitTo(windowWidth);
    }

    private Component accountCard(Account account) {
        Div name = new Div(account.getDisplayName());
        name.addClassName("account-card-name");
        Div username = new Div(account.getUsername());
        username.addClassName("account-card-username");
        Div roles = new Div(roles(account));
        Div status = new Div(status(account));
        status.addClassName("account-card-status");
        if (account.isLocked()) {
            status.addClassName("status-locked");
        } else if (account.isHeldAt(clock.instant())) {
            status.addClassName("status-held");
        } else if (!account.hasPassword()) {
            status.addClassName("status-warning");
        }
        Div card = new Div(name, username, roles, status);
        card.addClassName("account-card");
        return card;
    }

    private String roles(Account account) {
        return account.getRoles().stream()
                .map(role -> getTranslation(role.messageKey()))
                .collect(Collectors.joining(", "));
    }

    private String status(Account account) {
        if (account.isLocked()) {
            return getTranslation("account.status.locked");
        }
        if (account.isHeldAt(clock.instant())) {
            return getTranslation("account.status.held",
                    LocalTime.ofInstant(account.getHeldUntil(), site.zoneOf(account.getSiteId())));
        }
        if (!account.hasPassword()) {
            return getTranslation("account.status.no-password");
        }
        return getTranslation("account.status.active");
    }

    private void create() {
        editor.open(AccountForm.draft(site.siteId()), siteName(site.siteId()), false, getTranslation("account.new"));
    }

    private void edit(Account account) {
        Person person = account.getPersonId() == null ? null : people.get(account.getPersonId());
        editor.open(AccountForm.of(account, person), siteName(account.getSiteId()),
                account.isLocked() || account.isHeldAt(clock.instant()), account.getUsername());
    }

    private String siteName(Long siteId) {
        return siteId == null ? getTranslation("account.no-site")
                : site.find(siteId).map(Site::getName).orElse("");
    }

    private void showTemporaryPassword(String username, String temporary) {
        Dialog dialog = new Dialog();
        dialog.addClassName("temporary-password");
        dialog.setHeaderTitle(getTranslation("account.reset-password"));
        dialog.add(new Paragraph(getTranslation("account.reset-password.done", username, temporary)));
        Button close = new Button(getTranslation("common.close"), event -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        // The password is not kept anywhere: once closed, only a new reset shows one again.
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                dialog.removeFromParent();
            }
        });
        dialog.open();
    }

    private void closeAndRefresh() {
        editor.close();
        refresh();
    }

    /** A site's own administrator always has their site chosen; a global one may list all sites. */
    private void refresh() {
        Long siteId = site.siteId();
        String text = filter.getValue();
        if (awaiting.getValue()) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.setItems(query -> accounts.pageAwaitingActivation(siteId, text,
                            VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                    query -> (int) accounts.countAwaitingActivation(siteId, text));
        } else {
            grid.setSelectionMode(Grid.SelectionMode.SINGLE);
            grid.setItems(query -> accounts.page(siteId, text, VaadinSpringDataHelpers.toSpringPageRequest(query))
                            .stream(),
                    query -> (int) accounts.count(siteId, text));
        }
        showSendLinks();
    }

    /**
     * The activation button shows with the awaiting filter: for the accounts picked, or for every
     * account listed when none is. Without mail set up it stays off and says why.
     */
    private void showSendLinks() {
        boolean on = awaiting.getValue();
        boolean ready = on && activation.isMailReady();
        int picked = on ? grid.getSelectedItems().size() : 0;
        sendLinks.setVisible(on);
        mailMissing.setVisible(on && !ready);
        sendLinks.setText(picked > 0 ? getTranslation("activation.send-selected", picked)
                : getTranslation("activation.send-all"));
        sendLinks.setEnabled(ready);
    }

    private void sendLinks() {
        try {
            List<Long> ids = grid.getSelectedItems().stream().map(Account::getId).toList();
            ActivationReport report = ids.isEmpty()
                    ? activation.sendLinksToAwaiting(site.siteId(), filter.getValue())
                    : activation.sendLinks(ids);
            grid.deselectAll();
            Notifications.success(getTranslation("activation.sent", report.sent(), report.withoutEmail(),
                    report.notWaiting(), activation.validityHours()));
        } finally {
            showSendLinks();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.page-title");
    }

    /**
     * The account form. The username is chosen once; the initial password is optional, and an
     * account without one cannot sign in until an administrator resets it.
     */
    static class AccountEditor extends EntityEditor<AccountForm> {

        final TextField username = new TextField(getTranslation("account.username"));
        final TextField displayName = new TextField(getTranslation("account.display-name"));
        final TextField siteName = new TextField(getTranslation("account.site"));
        final ComboBox<Person> person = new ComboBox<>(getTranslation("account.person"));
        final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("account.roles"));
        final PasswordField password = new PasswordField(getTranslation("account.initial-password"));
        final Button resetPassword = new Button(getTranslation("account.reset-password"));
        final Button lock = new Button(getTranslation("account.lock"));
        final Button unlock = new Button(getTranslation("account.unlock"));
        private final transient PersonService people;

        AccountEditor(PersonService people) {
            super(AccountForm.class);
            // Accounts are locked, never deleted: sign-in history refers to them.
            setDeletable(false);
            this.people = people;
            username.setMaxLength(Account.USERNAME_MAX);
            displayName.setMaxLength(Account.DISPLAY_NAME_MAX);
            siteName.setReadOnly(true);
            person.setItemLabelGenerator(Person::getFullName);
            person.setClearButtonVisible(true);
            person.addValueChangeListener(event -> {
                if (event.isFromClient() && event.getValue() != null && displayName.isEmpty()) {
                    displayName.setValue(event.getValue().getFullName());
                }
            });
            roles.setItems(Role.values());
            roles.setItemLabelGenerator(role -> getTranslation(role.messageKey()));
            password.setMaxLength(PasswordPolicy.MAX_LENGTH);
            password.setHelperText(getTranslation("account.initial-password.help", PasswordPolicy.MIN_LENGTH));
            form.add(username, displayName, siteName, person, roles, password);
            form.setColspan(roles, 2);
            binder.bindInstanceFields(this);
            lock.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            resetPassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            unlock.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(unlock);
            getFooter().addComponentAsFirst(lock);
            getFooter().addComponentAsFirst(resetPassword);
        }

        /** Opens the form; the people offered are those of the account's site. */
        void open(AccountForm account, String site, boolean blocked, String title) {
            Long siteId = account.getSiteId();
            person.setVisible(siteId != null);
            if (siteId != null) {
                person.setItems(query -> people.page(siteId, null, query.getFilter().orElse(""),
                                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                        query -> (int) people.count(siteId, null, query.getFilter().orElse("")));
            }
            siteName.setValue(site);
            username.setVisible(account.isNew());
            password.setVisible(account.isNew());
            resetPassword.setVisible(!account.isNew());
            lock.setVisible(!account.isNew() && !blocked);
            unlock.setVisible(!account.isNew() && blocked);
            edit(account, account.isNew(), title);
        }

        @Override
        protected String describe(AccountForm account) {
            return account.getUsername();
        }
    }
}
