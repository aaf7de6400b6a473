package app.plateau.occupancy.ui;

import app.plateau.occupancy.FloorLoad;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Pieces the board and the wall screen both show, so they read alike: a figure of the day and a floor's load bar. */
final class BoardParts {

    private BoardParts() {
    }

    /** A figure of the day; a count of refusals stands out only when there was one, as a zero is no alarm. */
    static Component figure(String value, String label, String className, boolean alarming) {
        Span number = new Span(value);
        number.addClassName("board-figure-value");
        Span text = new Span(label);
        text.addClassName("board-figure-label");
        Div figure = new Div(number, text);
        figure.addClassNames("board-figure", className);
        if (alarming) {
            figure.addClassName("figure-alarm");
        }
        return figure;
    }

    /** The share of the cap in use, coloured by {@link FloorLoad#tone()}; the cap counts places held too. */
    static Component loadBar(FloorLoad load, String label) {
        Div fill = new Div();
        fill.addClassName("load-bar-fill");
        fill.setWidth(load.percent() + "%");
        Div bar = new Div(fill);
        bar.addClassName("load-bar");
        bar.getElement().setAttribute("role", "progressbar");
        bar.getElement().setAttribute("aria-valuemin", "0");
        bar.getElement().setAttribute("aria-valuemax", "100");
        bar.getElement().setAttribute("aria-valuenow", String.valueOf(load.percent()));
        bar.getElement().setAttribute("aria-label", label);
        return bar;
    }
}
