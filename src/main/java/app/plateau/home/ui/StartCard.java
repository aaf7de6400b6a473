package app.plateau.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/**
 * One card of a start page: what it is about, its lines (or in words that there are none), and a
 * link to the page where the person acts on it. Cards sit in a grid that stacks them on a phone.
 */
class StartCard extends Div {

    private final Div body = new Div();

    StartCard(String name, String title) {
        addClassNames("start-card", "start-card-" + name);
        H3 heading = new H3(title);
        heading.addClassName("start-card-title");
        body.addClassName("start-card-body");
        add(heading, body);
    }

    StartCard link(String text, Class<? extends Component> view) {
        RouterLink link = new RouterLink(text, view);
        link.addClassName("start-card-link");
        add(link);
        return this;
    }

    /** Replaces what the card says: its lines, or the sentence that says there is nothing. */
    void show(List<? extends Component> lines, String empty) {
        body.removeAll();
        if (lines.isEmpty()) {
            Paragraph nothing = new Paragraph(empty);
            nothing.addClassName("start-card-empty");
            body.add(nothing);
        } else {
            lines.forEach(body::add);
        }
    }

    /** Marks the card as needing attention now (a floor at its cap, a critical failure). */
    void alert(boolean alert) {
        setClassName("start-card-alert", alert);
    }

    /** Everything the card shows, as one text: what a reader takes in at a glance. */
    String text() {
        return getElement().getTextRecursively();
    }

    /** A line: what it is about, then its detail (a floor, a time, a state) in a second, quieter part. */
    static Div line(String main, Component... detail) {
        Span what = new Span(main);
        what.addClassName("start-line-main");
        Div line = new Div(what);
        line.addClassName("start-line");
        if (detail.length > 0) {
            Span details = new Span(detail);
            details.addClassName("start-line-detail");
            line.add(details);
        }
        return line;
    }

    static Div line(String main, String detail) {
        return line(main, new Span(detail));
    }

    /** A figure in large type with what it counts underneath. */
    static Div figure(String value, String label) {
        Span number = new Span(value);
        number.addClassName("start-figure-value");
        Span what = new Span(label);
        what.addClassName("start-figure-label");
        Div figure = new Div(number, what);
        figure.addClassName("start-figure");
        return figure;
    }
}
