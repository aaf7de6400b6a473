package app.plateau.base.ui;

import java.util.Arrays;
import java.util.Optional;

/**
 * The groups of the side navigation, by the kind of work, and the {@code @Menu(order = …)} range
 * each one holds. This is the one place that says which order a new view takes:
 * <ul>
 * <li>0: the role's start page, above every group;</li>
 * <li>1–4: floors and moves (my floor, move requests, board, history);</li>
 * <li>5–9: meetings;</li>
 * <li>10–19: administration (sites, floors, teams, people, accounts, roster, devices, bridges, rooms);</li>
 * <li>20–29: health and hygiene (rounds, corrective actions, templates, health checks, cases, contacts);</li>
 * <li>30–39: audit.</li>
 * </ul>
 * Groups are shown in the order of this enum, so administration comes last although its range
 * comes third.
 */
public enum MenuGroup {

    FLOORS(1, 5, "nav.group.floors"),
    MEETINGS(5, 10, "nav.group.meetings"),
    HEALTH(20, 30, "nav.group.health"),
    AUDIT(30, 40, "nav.group.audit"),
    ADMINISTRATION(10, 20, "nav.group.administration");

    private final double from;
    private final double until;
    private final String titleKey;

    MenuGroup(double from, double until, String titleKey) {
        this.from = from;
        this.until = until;
        this.titleKey = titleKey;
    }

    public String titleKey() {
        return titleKey;
    }

    /** The group of a menu order; empty for the start page (and any order outside the ranges). */
    public static Optional<MenuGroup> of(Double order) {
        if (order == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(group -> order >= group.from && order < group.until).findFirst();
    }
}
