package app.plateau.base.ui;

import app.plateau.base.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;

/**
 * The frame of every signed-in page: a side navigation built from the {@code @Menu} routes the
 * user may open (menu titles are message keys), and a header with the user, their roles, the
 * language switch, password change and sign-out. Features add to every page through
 * {@link LayoutAddon} beans.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public static final String PASSWORD_ROUTE = "password";

    private final transient AuthenticationContext authenticationContext;
    private final transient List<MenuBadge> badges;
    private final H1 viewTitle = new H1();

    public MainLayout(AuthenticationContext authenticationContext, List<MenuBadge> badges,
            List<LayoutAddon> addons) {
        this.authenticationContext = authenticationContext;
        this.badges = badges;
        addClassName("main-layout");
        viewTitle.addClassName("view-title");
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(sideNav()));
        addToNavbar(true, new DrawerToggle(), viewTitle, userBlock());
        addons.forEach(addon -> addon.attach(this));
    }

    private Component brand() {
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("app-brand");
        return brand;
    }

    /**
     * The start page on its own, then one labelled list per {@link MenuGroup} that has an entry for
     * this user; entries that need a site or a person the account lacks ({@link MenuNeeds}) are left out.
     */
    private Component sideNav() {
        Optional<SignedInUser> user = authenticationContext.getAuthenticatedUser(SignedInUser.class);
        Map<Optional<MenuGroup>, List<MenuEntry>> grouped = new LinkedHashMap<>();
        grouped.put(Optional.empty(), new ArrayList<>());
        for (MenuGroup group : MenuGroup.values()) {
            grouped.put(Optional.of(group), new ArrayList<>());
        }
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> opensForUser(entry, user))
                .forEach(entry -> grouped.get(MenuGroup.of(entry.order())).add(entry));

        Div navigation = new Div();
        navigation.addClassName("main-navigation");
        grouped.forEach((group, entries) -> {
            if (entries.isEmpty()) {
                return;
            }
            SideNav nav = new SideNav();
            nav.addClassName("main-nav");
            group.ifPresent(named -> {
                nav.setLabel(getTranslation(named.titleKey()));
                nav.setCollapsible(true);
                nav.setExpanded(true);
            });
            entries.forEach(entry -> nav.addItem(item(entry)));
            navigation.add(nav);
        });
        return navigation;
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && !entry.icon().isBlank()) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        badgeFor(entry.path()).ifPresent(badge -> showCount(item, badge));
        return item;
    }

    private static boolean opensForUser(MenuEntry entry, Optional<SignedInUser> user) {
        MenuNeeds needs = entry.menuClass() == null ? null : entry.menuClass().getAnnotation(MenuNeeds.class);
        if (needs == null) {
            return true;
        }
        return user.isPresent() && Arrays.stream(needs.value()).allMatch(need -> switch (need) {
            case SITE -> user.get().siteId() != null;
            case PERSON -> user.get().personId() != null;
        });
    }

    private Optional<MenuBadge> badgeFor(String path) {
        String bare = path.startsWith("/") ? path.substring(1) : path;
        return badges.stream().filter(badge -> badge.path().equals(bare)).findFirst();
    }

    /** A count beside the entry, kept live through push while the layout is attached. */
    private void showCount(SideNavItem item, MenuBadge badge) {
        Span count = new Span();
        count.getElement().getThemeList().add("badge contrast pill small");
        count.addClassName("nav-count");
        item.setSuffixComponent(count);
        Runnable show = () -> {
            long value = badge.count().orElse(0L);
            count.setText(Long.toString(value));
            count.setVisible(value > 0);
            count.getElement().setAttribute("aria-label", getTranslation("nav.count", value));
        };
        show.run();
        addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable update = Live.asSignedInUser(show);
            badge.onChange(() -> ui.access(update::run)).ifPresent(registration ->
                    addDetachListener(detach -> {
                        registration.remove();
                        detach.unregisterListener();
                    }));
        });
    }

    private Component userBlock() {
        HorizontalLayout block = new HorizontalLayout();
        block.addClassName("user-block");
        block.setAlignItems(FlexComponent.Alignment.CENTER);
        block.add(new LanguageSwitch());
        authenticationContext.getAuthenticatedUser(Object.class).ifPresent(principal -> {
            String name = principal instanceof SignedInUser user ? user.displayName()
                    : authenticationContext.getPrincipalName().orElse("");
            String roles = authenticationContext.getGrantedAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith("ROLE_"))
                    .map(authority -> getTranslation("role." + authority.substring(5)))
                    .collect(Collectors.joining(", "));

            Avatar avatar = new Avatar(name);
            avatar.setAbbreviation(initials(name));
            avatar.addThemeVariants(AvatarVariant.LUMO_SMALL);
            Div who = new Div(new Span(name), new Span(roles));
            who.addClassName("user-who");

            MenuBar menu = new MenuBar();
            menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
            SubMenu sub = menu.addItem(new HorizontalLayout(avatar, who)).getSubMenu();
            // On a phone the header only has room for the avatar: the menu says who is signed in.
            MenuItem identity = sub.addItem(new Div(new Span(name), new Span(roles)));
            identity.addClassName("user-menu-identity");
            identity.setEnabled(false);
            sub.addItem(getTranslation("user.change-password"),
                    event -> getUI().ifPresent(ui -> ui.navigate(PASSWORD_ROUTE)));
            sub.addItem(getTranslation("user.logout"), event -> authenticationContext.logout());
            block.add(menu);
        });
        return block;
    }

    /** At most two letters, first and last name, so they fit the avatar's circle. */
    static String initials(String name) {
        String[] words = name.trim().split("[\\s\\-]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "";
        }
        String first = words[0].substring(0, 1);
        String last = words.length > 1 ? words[words.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(Locale.ROOT);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(currentTitle());
    }

    private String currentTitle() {
        Component content = getContent();
        if (content instanceof HasDynamicTitle dynamic) {
            return dynamic.getPageTitle();
        }
        PageTitle title = content == null ? null : content.getClass().getAnnotation(PageTitle.class);
        return title == null ? "" : getTranslation(title.value());
    }
}
