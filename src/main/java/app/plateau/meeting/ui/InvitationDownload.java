package app.plateau.meeting.ui;

import app.plateau.base.NotFoundException;
import app.plateau.meeting.CalendarService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.springframework.security.access.AccessDeniedException;

/** A link that downloads a meeting's {@code .ics} file, made when clicked, as the viewer may read it. */
public final class InvitationDownload {

    private InvitationDownload() {
    }

    /**
     * The file is built in the download request itself, which the viewer's session signs in: the
     * service checks again that they may read the meeting, and gives what stands at that moment.
     */
    public static Anchor anchor(CalendarService calendars, long meetingId, String label) {
        DownloadHandler handler = event -> {
            byte[] ics;
            String fileName;
            try {
                fileName = calendars.fileName(meetingId);
                ics = calendars.invitation(meetingId);
            } catch (NotFoundException | AccessDeniedException refused) {
                event.getResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
                return;
            }
            event.setFileName(fileName);
            event.setContentType(CalendarService.CONTENT_TYPE);
            event.setContentLength(ics.length);
            event.getOutputStream().write(ics);
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, label);
        anchor.addClassName("invitation-download");
        return anchor;
    }
}
