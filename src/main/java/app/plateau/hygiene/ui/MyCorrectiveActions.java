package app.plateau.hygiene.ui;

import app.plateau.base.ui.Live;
import app.plateau.hygiene.HygieneBroadcaster;
import app.plateau.hygiene.HygieneService;
import app.plateau.hygiene.OpenAction;
import app.plateau.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * A start-page card: the corrective actions the signed-in person owns and has not closed yet, soonest
 * deadline first, overdue ones flagged. It follows the site's hygiene changes live, so an action given
 * to the person or closed by the health officer appears or goes without a reload.
 */
public class MyCorrectiveActions extends Div {

    private final transient HygieneService hygiene;
    final UnorderedList list = new UnorderedList();
    final Paragraph none = new Paragraph();

    public MyCorrectiveActions(HygieneService hygiene, HygieneBroadcaster broadcaster) {
        this.hygiene = hygiene;
        addClassName("my-corrective-actions");
        H3 title = new H3(getTranslation("hygiene.mine.title"));
        title.addClassName("my-actions-title");
        list.addClassName("my-actions-list");
        none.setText(getTranslation("hygiene.mine.none"));
        add(title, none, list);
        Live.refresh(this, broadcaster.sites(), () -> CurrentUser.get().siteId(), this::refresh);
        refresh();
    }

    void refresh() {
        List<OpenAction> mine = hygiene.myOpenActions();
        list.removeAll();
        for (OpenAction action : mine) {
            ListItem item = new ListItem();
            item.addClassName("my-action");
            Span what = new Span(getTranslation("hygiene.mine.item", action.floorName(), action.itemLabel(),
                    action.action()));
            what.addClassName("my-action-what");
            Span when = new Span(getTranslation("hygiene.mine.deadline", action.deadline()));
            when.addClassName("my-action-deadline");
            item.add(what, when);
            if (action.overdue()) {
                item.addClassName("my-action-overdue");
                Span overdue = new Span(getTranslation("hygiene.actions.overdue"));
                overdue.addClassName("action-overdue-chip");
                item.add(overdue);
            }
            list.add(item);
        }
        none.setVisible(mine.isEmpty());
        list.setVisible(!mine.isEmpty());
    }
}
