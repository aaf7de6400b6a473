package app.plateau.health.ui;

import app.plateau.base.ui.LayoutAddon;
import app.plateau.base.ui.Live;
import app.plateau.health.LeadNotices;
import app.plateau.health.ReportedCase;
import app.plateau.health.SymptomService;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import app.plateau.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells a team lead on every page, live, what the health officer decided for a member of their
 * team: who, the outcome and its date, never the symptoms. The notice stays half a minute; once it
 * has closed it is marked seen, which closes it on the lead's other pages too.
 */
@org.springframework.stereotype.Component
class LeadNoticesAddon implements LayoutAddon {

    static final int DURATION_MS = 30_000;

    private final SymptomService symptoms;
    private final LeadNotices notices;

    LeadNoticesAddon(SymptomService symptoms, LeadNotices notices) {
        this.symptoms = symptoms;
        this.notices = notices;
    }

    @Override
    public void attach(Component layout) {
        Live.refresh(layout, notices.changes(), LeadNoticesAddon::signedInLead,
                () -> layout.getUI().map(this::open).ifPresent(Open::refresh));
        layout.addAttachListener(attach -> {
            if (signedInLead() != null) {
                open(attach.getUI()).refresh();
            }
        });
    }

    private static Long signedInLead() {
        return CurrentUser.find().filter(user -> user.has(Role.TEAM_LEAD)).map(PlateauUser::personId).orElse(null);
    }

    /** The notices open in one browser tab, kept with its UI so a layout built anew shows none twice. */
    private Open open(UI ui) {
        Open open = ComponentUtil.getData(ui, Open.class);
        if (open == null) {
            open = new Open(ui);
            ComponentUtil.setData(ui, Open.class, open);
        }
        return open;
    }

    private final class Open {

        private final UI ui;
        private final Map<Long, Notification> shown = new HashMap<>();

        Open(UI ui) {
            this.ui = ui;
        }

        void refresh() {
            List<ReportedCase> pending = symptoms.noticesForMe();
            Set<Long> ids = new HashSet<>();
            pending.forEach(notice -> ids.add(notice.id()));
            shown.entrySet().removeIf(entry -> {
                if (ids.contains(entry.getKey())) {
                    return false;
                }
                entry.getValue().close();
                return true;
            });
            for (ReportedCase notice : pending) {
                shown.computeIfAbsent(notice.id(), id -> show(notice));
            }
        }

        private Notification show(ReportedCase notice) {
            Notification notification = new Notification(text(notice), DURATION_MS, Notification.Position.TOP_END);
            notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            notification.addClassName("health-lead-notice");
            notification.addOpenedChangeListener(change -> {
                if (!change.isOpened() && shown.remove(notice.id()) != null) {
                    symptoms.dismissNotice(notice.id());
                }
            });
            notification.open();
            return notification;
        }

        private String text(ReportedCase notice) {
            String key = "health.notice." + notice.outcome().name();
            return notice.until() == null ? ui.getTranslation(key, notice.personName())
                    : ui.getTranslation(key, notice.personName(), notice.until());
        }
    }
}
