package app.plateau.meeting;

import app.plateau.base.NotFoundException;
import app.plateau.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's {@code .ics} file, for whoever may read the meeting (its participants and the site's
 * staff who oversee meetings, as for {@link MeetingService#get}). A cancelled or denied meeting
 * gives its cancellation, so that importing the file removes it from a calendar.
 */
@Service
public class CalendarService {

    /** What the download answers with. */
    public static final String CONTENT_TYPE = IcsCalendars.CONTENT_TYPE + "; charset=UTF-8";

    private final MeetingRepository meetings;
    private final IcsCalendars calendars;

    CalendarService(MeetingRepository meetings, IcsCalendars calendars) {
        this.meetings = meetings;
        this.calendars = calendars;
    }

    /** The meeting as iCalendar in UTF-8: METHOD:REQUEST while it is held, METHOD:CANCEL after. */
    @PreAuthorize(MeetingService.READERS)
    @Transactional(readOnly = true)
    public byte[] invitation(long meetingId) {
        return calendars.current(readable(meetingId)).getBytes(StandardCharsets.UTF_8);
    }

    /** The file name to save it under: the meeting's title and ".ics". */
    @PreAuthorize(MeetingService.READERS)
    @Transactional(readOnly = true)
    public String fileName(long meetingId) {
        return IcsCalendars.fileName(readable(meetingId).getTitle());
    }

    private Meeting readable(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        MeetingService.checkReadable(meeting, CurrentUser.get());
        return meeting;
    }
}
