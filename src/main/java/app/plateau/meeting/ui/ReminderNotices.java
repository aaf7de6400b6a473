package app.plateau.meeting.ui;

import app.plateau.base.ui.LayoutAddon;
import app.plateau.base.ui.Live;
import app.plateau.meeting.Reminder;
import app.plateau.meeting.Reminders;
import app.plateau.security.CurrentUser;
import app.plateau.security.PlateauUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The meeting reminders on every signed-in page: a notice at the top of the page a few minutes
 * before a meeting, with a button that opens the person's own join link in a new tab, or the
 * dial-in and PIN, or the room. It stays a minute or until closed; closing it, following the link
 * or letting it time out marks it seen, which closes it on the person's other pages too.
 */
@org.springframework.stereotype.Component
class ReminderNotices implements LayoutAddon {

    static final int DURATION_MS = 60_000;

    private final Reminders reminders;
    private final Clock clock;

    ReminderNotices(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public void attach(Component layout) {
        Live.refresh(layout, reminders.changes(), ReminderNotices::signedInPerson,
                () -> layout.getUI().map(this::notices).ifPresent(Notices::refresh));
        layout.addAttachListener(attach -> notices(attach.getUI()).refresh());
    }

    /** The notices of a browser tab, kept with its UI: a layout built anew in the tab shows none twice. */
    private Notices notices(UI ui) {
        Notices notices = ComponentUtil.getData(ui, Notices.class);
        if (notices == null) {
            notices = new Notices(ui);
            ComponentUtil.setData(ui, Notices.class, notices);
        }
        return notices;
    }

    private static Long signedInPerson() {
        return CurrentUser.find().map(PlateauUser::personId).orElse(null);
    }

    /** One key per occurrence and time: an occurrence moved to another time gets a new notice. */
    private record Key(long occurrenceId, Instant startsAt) {

        static Key of(Reminder reminder) {
            return new Key(reminder.occurrenceId(), reminder.startsAt());
        }
    }

    /** The notices open in one browser tab. */
    private final class Notices {

        private final UI ui;
        private final Map<Key, Open> open = new HashMap<>();

        Notices(UI ui) {
            this.ui = ui;
        }

        /** Opens the notices newly due and closes those seen elsewhere, cancelled or moved. */
        void refresh() {
            Long person = signedInPerson();
            if (person == null) {
                return;
            }
            List<Reminder> pending = reminders.pendingFor(person);
            Set<Key> keys = new HashSet<>();
            pending.forEach(reminder -> keys.add(Key.of(reminder)));
            open.entrySet().removeIf(entry -> {
                if (keys.contains(entry.getKey())) {
                    return false;
                }
                entry.getValue().closeQuietly();
                return true;
            });
            for (Reminder reminder : pending) {
                open.computeIfAbsent(Key.of(reminder), key -> show(person, reminder));
            }
        }

        private Open show(long person, Reminder reminder) {
            Notification notification = new Notification();
            notification.setPosition(Notification.Position.TOP_END);
            notification.setDuration(DURATION_MS);
            notification.addClassName("meeting-reminder");

            Span text = new Span(headline(reminder));
            text.addClassName("meeting-reminder-text");
            Div body = new Div(text);
            body.addClassName("meeting-reminder-body");
            Component how = how(reminder, notification);
            if (how != null) {
                body.add(how);
            }
            Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            close.setAriaLabel(ui.getTranslation("meeting.reminder.close"));
            Div card = new Div(body, close);
            card.addClassName("meeting-reminder-card");
            notification.add(card);

            Key key = Key.of(reminder);
            Registration seen = notification.addOpenedChangeListener(change -> {
                if (!change.isOpened()) {
                    open.remove(key);
                    reminders.dismiss(person, reminder.occurrenceId());
                }
            });
            notification.open();
            return new Open(notification, seen);
        }

        private String headline(Reminder reminder) {
            long minutes = reminder.minutesBefore(clock.instant());
            if (minutes > 0) {
                return ui.getTranslation("meeting.reminder.soon", minutes, reminder.title(),
                        reminder.start().toLocalTime());
            }
            return ui.getTranslation("meeting.reminder.started", reminder.title(),
                    reminder.start().toLocalTime());
        }

        private Component how(Reminder reminder, Notification notification) {
            return switch (reminder.mode()) {
                case VIDEO -> {
                    if (reminder.joinUrl() == null) {
                        yield null;
                    }
                    Anchor join = new Anchor(reminder.joinUrl(), ui.getTranslation("meeting.reminder.join"));
                    join.setTarget(AnchorTarget.BLANK);
                    join.getElement().setAttribute("rel", "noopener noreferrer");
                    join.addClassName("meeting-reminder-join");
                    // Following the link is seeing the reminder; the browser opens the tab first.
                    join.getElement().addEventListener("click", click -> notification.close());
                    yield join;
                }
                case PHONE -> reminder.dialIn() == null ? null : new Span(ui.getTranslation(
                        "meeting.reminder.dial", reminder.dialIn(), reminder.pin()));
                case PHYSICAL -> reminder.roomName() == null ? null : new Span(ui.getTranslation(
                        "meeting.reminder.room", reminder.roomName()));
            };
        }
    }

    /** An open notice, with the listener that marks it seen when it closes. */
    private record Open(Notification notification, Registration seen) {

        /** Closes without marking it seen: it is gone from the person's list already. */
        void closeQuietly() {
            seen.remove();
            notification.close();
        }
    }
}
