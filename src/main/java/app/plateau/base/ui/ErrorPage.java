package app.plateau.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What a person sees for a page that does not exist or is not theirs: the same translated words
 * for both, so the answer does not tell which pages exist.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    ErrorPage() {
        addClassName("error-page");
        add(new H2(getTranslation("error.page.title")),
                new Paragraph(getTranslation("error.page.text")),
                new Anchor("", getTranslation("error.page.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.page.title");
    }
}
