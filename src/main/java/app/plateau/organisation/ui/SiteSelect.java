package app.plateau.organisation.ui;

import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.security.CurrentUser;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import org.springframework.data.domain.Pageable;

/**
 * The site an administration view works on. A site's own administrator has one site and the
 * picker stays hidden; a global administrator picks among all.
 */
public class SiteSelect extends ComboBox<Site> {

    private final List<Site> accessible;

    public SiteSelect(SiteService sites, Runnable onChange) {
        setLabel(getTranslation("common.site"));
        accessible = sites.accessible();
        setItems(accessible);
        setItemLabelGenerator(Site::getName);
        addClassName("site-select");
        Long ownSite = CurrentUser.get().siteId();
        Site initial = accessible.stream()
                .filter(site -> ownSite == null || site.getId().equals(ownSite))
                .findFirst().orElse(null);
        setValue(initial);
        setVisible(CurrentUser.get().isGlobalAdmin() && accessible.size() > 1);
        addValueChangeListener(event -> onChange.run());
    }

    /** Fills a grid lazily with the chosen site's rows, or empties it while there is no site yet. */
    public <T> void fill(Grid<T> grid, BiFunction<Long, Pageable, List<T>> page, ToLongFunction<Long> count) {
        Long siteId = siteId();
        if (siteId == null) {
            grid.setItems(List.of());
            return;
        }
        grid.setItems(query -> page.apply(siteId, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) count.applyAsLong(siteId));
    }

    /** The chosen site's id, or {@code null} when there is no site yet. */
    public Long siteId() {
        return getValue() == null ? null : getValue().getId();
    }

    /** One of the sites offered, by id: records of several sites show each one's name and time. */
    public Optional<Site> find(Long siteId) {
        return accessible.stream().filter(site -> site.getId().equals(siteId)).findFirst();
    }

    /** The time zone a record of the site is shown in; one at no site is shown in the default zone. */
    public ZoneId zoneOf(Long siteId) {
        return find(siteId).map(Site::zoneId).orElse(ZoneId.of(Site.DEFAULT_TIME_ZONE));
    }
}
