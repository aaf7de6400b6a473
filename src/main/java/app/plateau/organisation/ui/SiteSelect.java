package app.plateau.organisation.ui;

import app.plateau.organisation.Site;
import app.plateau.organisation.SiteService;
import app.plateau.security.CurrentUser;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;

/**
 * The site an administration view works on. A site's own administrator has one site and the
 * picker stays hidden; a global administrator picks among all.
 */
public class SiteSelect extends ComboBox<Site> {

    public SiteSelect(SiteService sites, Runnable onChange) {
        setLabel(getTranslation("common.site"));
        List<Site> accessible = sites.accessible();
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

    /** The chosen site's id, or {@code null} when there is no site yet. */
    public Long siteId() {
        return getValue() == null ? null : getValue().getId();
    }
}
