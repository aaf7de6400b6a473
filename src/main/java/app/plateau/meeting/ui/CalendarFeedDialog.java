package app.plateau.meeting.ui;

import app.plateau.base.ui.Notifications;
import app.plateau.meeting.CalendarFeedService;
import app.plateau.meeting.CalendarFeedService.FeedStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The person's calendar feed: what it is for, whether they have one, and the buttons to make one,
 * renew it or revoke it. A new link is shown once, here, and never again: Plateau keeps only a hash.
 */
public class CalendarFeedDialog extends Dialog {

    private final CalendarFeedService feeds;
    /** Taken when the dialog is made, in the page's own request: the address people reach Plateau by. */
    private final String baseUrl;
    private final Paragraph status = new Paragraph();
    private final TextField url = new TextField();
    private final Button create = new Button();
    private final Button renew = new Button();
    private final Button revoke = new Button();

    public CalendarFeedDialog(CalendarFeedService feeds) {
        this.feeds = feeds;
        this.baseUrl = baseUrl();
        addClassName("calendar-feed-dialog");
        setHeaderTitle(getTranslation("calendar.dialog.title"));
        setWidth("min(44rem, 95vw)");

        status.addClassName("calendar-feed-status");
        url.setLabel(getTranslation("calendar.dialog.url"));
        url.setHelperText(getTranslation("calendar.dialog.copy-hint"));
        url.setReadOnly(true);
        url.setWidthFull();
        url.addClassName("copyable");
        url.addFocusListener(event -> url.getElement().executeJs("this.inputElement.select()"));
        url.setVisible(false);
        add(new Paragraph(getTranslation("calendar.dialog.intro")), new Paragraph(getTranslation("calendar.dialog.how")),
                new Paragraph(getTranslation("calendar.dialog.secret")), status, url);

        create.setText(getTranslation("calendar.dialog.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> createLink());
        renew.setText(getTranslation("calendar.dialog.renew"));
        renew.addClickListener(event -> createLink());
        revoke.setText(getTranslation("calendar.dialog.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(event -> confirmRevoke());
        Button close = new Button(getTranslation("common.close"), event -> close());
        getFooter().add(revoke, renew, create, close);
        refresh();
    }

    private void createLink() {
        String token = feeds.createFeed();
        url.setValue(baseUrl + CalendarFeedService.PATH + token + ".ics");
        url.setVisible(true);
        refresh();
        url.focus();
        Notifications.success(getTranslation("calendar.dialog.created"));
    }

    private void confirmRevoke() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("calendar.dialog.revoke-title"));
        confirm.setText(getTranslation("calendar.dialog.revoke-text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("calendar.dialog.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            feeds.revokeFeed();
            url.clear();
            url.setVisible(false);
            refresh();
            Notifications.success(getTranslation("calendar.dialog.revoked-done"));
        });
        confirm.open();
    }

    private void refresh() {
        Optional<FeedStatus> feed = feeds.myFeed();
        boolean live = feed.isPresent() && !feed.get().revoked();
        if (feed.isEmpty()) {
            status.setText(getTranslation("calendar.dialog.none"));
        } else if (feed.get().revoked()) {
            status.setText(getTranslation("calendar.dialog.revoked", feed.get().revokedAt()));
        } else if (feed.get().lastReadAt() == null) {
            status.setText(getTranslation("calendar.dialog.live", feed.get().createdAt()));
        } else {
            status.setText(getTranslation("calendar.dialog.live-read", feed.get().createdAt(),
                    feed.get().lastReadAt()));
        }
        create.setVisible(!live);
        renew.setVisible(live);
        revoke.setVisible(live);
    }

    private static String baseUrl() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest servlet) {
            HttpServletRequest http = servlet.getHttpServletRequest();
            String scheme = http.getScheme();
            int port = http.getServerPort();
            boolean usual = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + http.getServerName() + (usual ? "" : ":" + port) + http.getContextPath();
        }
        return "";
    }
}
