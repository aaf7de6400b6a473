package app.plateau.hygiene.ui;

import app.plateau.base.ui.Live;
import app.plateau.hygiene.HygieneBroadcaster;
import app.plateau.hygiene.HygieneService;
import app.plateau.hygiene.RoundLine;
import app.plateau.organisation.SiteService;
import app.plateau.organisation.PersonService;
import app.plateau.organisation.ui.SiteSelect;
import app.plateau.security.CurrentUser;
import app.plateau.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * Today's hygiene rounds of the site, one card per round with its status; the health officer (or a
 * site manager) opens a due round's checklist on a tablet. Follows other people's rounds through push.
 */
@Route("rounds")
@Menu(order = 20, title = "nav.rounds", icon = "vaadin:check-square-o")
@RolesAllowed({Role.HEALTH_OFFICER_NAME, Role.SITE_MANAGER_NAME})
public class RoundsView extends VerticalLayout implements HasDynamicTitle {

    private final HygieneService hygiene;
    private final PersonService people;
    private final SiteSelect site;
    private final Div cards = new Div();
    private final boolean mayDo;

    public RoundsView(HygieneService hygiene, SiteService sites, PersonService people,
            HygieneBroadcaster broadcaster) {
        this.hygiene = hygiene;
        this.people = people;
        this.mayDo = CurrentUser.get().has(Role.HEALTH_OFFICER) || CurrentUser.get().has(Role.SITE_MANAGER);
        this.site = new SiteSelect(sites, this::refresh);
        addClassName("rounds-view");
        cards.addClassName("round-cards");
        add(site, new H2(getTranslation("hygiene.rounds.title")), cards);
        Live.refresh(this, broadcaster.sites(), site::siteId, this::refresh);
        refresh();
    }

    void refresh() {
        cards.removeAll();
        Long siteId = site.siteId();
        List<RoundLine> rounds = siteId == null ? List.of() : hygiene.today(siteId);
        if (rounds.isEmpty()) {
            cards.add(new Paragraph(getTranslation("hygiene.rounds.none")));
        }
        rounds.forEach(round -> cards.add(card(round)));
    }

    private Component card(RoundLine round) {
        Div card = new Div();
        card.setId("round-" + round.id());
        String status = round.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
        card.addClassNames("round-card", "round-" + status);
        Span time = new Span(getTranslation("hygiene.rounds.time", round.time()));
        time.addClassName("round-time");
        Span floor = new Span(round.floorName());
        floor.addClassName("round-floor");
        Span template = new Span(round.templateName());
        template.addClassName("round-template");
        Span badge = new Span(getTranslation(round.status().messageKey()));
        badge.addClassNames("round-status", "status-" + status);
        card.add(time, floor, template, badge);
        if (round.completedBy() != null) {
            Span by = new Span(getTranslation("hygiene.rounds.done-by", round.completedBy(),
                    round.completedAt().toLocalTime()));
            by.addClassName("round-done-by");
            card.add(by);
        }
        if (round.status().isOpen() && mayDo) {
            Button open = new Button(getTranslation("hygiene.rounds.open"), VaadinIcon.CLIPBOARD_CHECK.create(),
                    event -> new Checklist(hygiene.sheet(round.id()), hygiene, people, site.siteId(), this::refresh).open());
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            open.addClassName("round-open");
            card.add(open);
        } else if (round.status().isDone()) {
            Button view = new Button(getTranslation("hygiene.rounds.view"),
                    event -> new Checklist(hygiene.sheet(round.id()), hygiene, people, site.siteId(), this::refresh).open());
            view.addClassName("round-open");
            card.add(view);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hygiene.rounds.page-title");
    }
}
