package app.plateau.home.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** A role's start page: a welcome and what that role does in Plateau. */
abstract class StartPage extends VerticalLayout implements HasDynamicTitle {

    private final String role;

    StartPage(String role, int duties) {
        this.role = role;
        addClassName("start-page");
        H2 title = new H2(getTranslation("start." + role + ".welcome"));
        title.addClassName("start-title");
        Paragraph intro = new Paragraph(getTranslation("start." + role + ".intro"));
        UnorderedList list = new UnorderedList();
        for (int i = 1; i <= duties; i++) {
            list.add(new ListItem(getTranslation("start." + role + ".duty" + i)));
        }
        list.addClassName("start-duties");
        add(title, intro, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("start." + role + ".title");
    }
}
