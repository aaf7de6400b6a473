package app.plateau.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

/**
 * A grid laid out for the window it is shown in: one column per field on a desk screen, and on a
 * phone only its column of cards (the column keyed {@code cardKey}), read without scrolling sideways.
 * Renderers that would put the same component in both layouts (buttons with ids, a join link) ask
 * {@link #narrow()} and render it in one of them only; the rows are redrawn when the layout changes.
 */
public final class PhoneCards {

    private final Grid<?> grid;
    private final String cardKey;
    private boolean narrow;

    private PhoneCards(Grid<?> grid, String cardKey) {
        this.grid = grid;
        this.cardKey = cardKey;
    }

    /** Follows {@code view}'s window width (see {@link WindowWidth#follow}) for {@code grid}. */
    public static PhoneCards follow(Component view, Grid<?> grid, String cardKey) {
        PhoneCards cards = new PhoneCards(grid, cardKey);
        WindowWidth.follow(view, cards::fitTo);
        return cards;
    }

    /** Whether the grid shows its phone layout. */
    public boolean narrow() {
        return narrow;
    }

    /** Shows the layout for a window this wide. */
    public void fitTo(int windowWidth) {
        boolean phone = WindowWidth.isNarrow(windowWidth);
        if (phone == narrow) {
            return;
        }
        narrow = phone;
        grid.getColumns().forEach(column -> column.setVisible(phone == cardKey.equals(column.getKey())));
        grid.getDataProvider().refreshAll();
    }
}
