package app.plateau.feed;

import app.plateau.feed.FeedMessages.TransferMessage;
import app.plateau.transfer.TransferChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Sends each committed change of a move request on {@code /topic/sites/{id}/transfers}, one message per change. */
@Component
class TransferFeed {

    private static final Logger LOG = LoggerFactory.getLogger(TransferFeed.class);

    private final SimpMessagingTemplate template;

    TransferFeed(SimpMessagingTemplate template) {
        this.template = template;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onChange(TransferChanged event) {
        try {
            template.convertAndSend(Topics.transfers(event.siteId()), TransferMessage.of(event));
        } catch (RuntimeException e) {
            // After commit: the decision stands, and its maker must not see a feed failure as theirs.
            LOG.warn("Transfer {} change not sent to the feed", event.transferId(), e);
        }
    }
}
