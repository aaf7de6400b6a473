package app.plateau.meeting;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The personal calendar feed that Outlook and Google Calendar subscribe to, outside Vaadin. The
 * token in the address is the only key (security permits the path to anyone), so a wrong token and
 * a revoked one get the same 404, and no copy of the answer is to be kept on the way.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType(CalendarService.CONTENT_TYPE);

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping(CalendarFeedService.PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(ics -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"plateau.ics\"")
                        .body(ics))
                .orElseGet(() -> ResponseEntity.status(404).cacheControl(CacheControl.noStore()).build());
    }
}
