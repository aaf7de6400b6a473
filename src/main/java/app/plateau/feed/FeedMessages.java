package app.plateau.feed;

import app.plateau.occupancy.FloorLoad;
import app.plateau.transfer.TransferChanged;
import java.time.Instant;
import java.util.List;

/** The JSON messages of the feed, field for field as docs/feed.md describes them. */
public final class FeedMessages {

    private FeedMessages() {
    }

    /** A floor's load: {@code present + reserved} is what counts against {@code cap}. */
    public record FloorState(long floorId, String name, int present, int reserved, int cap, boolean open,
            String closedReason) {

        static FloorState of(FloorLoad load) {
            return new FloorState(load.floorId(), load.name(), load.present(), load.reserved(), load.cap(),
                    load.open(), load.closedReason());
        }
    }

    /** Every floor of a site, sent when any of them changed. */
    public record OccupancyMessage(String type, long siteId, String at, List<FloorState> floors) {

        static OccupancyMessage of(long siteId, Instant at, List<FloorLoad> loads) {
            return new OccupancyMessage("occupancy", siteId, at.toString(),
                    loads.stream().map(FloorState::of).toList());
        }
    }

    public record FloorRef(long id, String name) {
    }

    /** A move request changed state. */
    public record TransferMessage(String type, long transferId, long siteId, String state, String personName,
            FloorRef fromFloor, FloorRef toFloor, String decidedBy, String denyReason, String at) {

        static TransferMessage of(TransferChanged event) {
            return new TransferMessage("transfer", event.transferId(), event.siteId(), event.state().name(),
                    event.personName(), new FloorRef(event.fromFloorId(), event.fromFloorName()),
                    new FloorRef(event.toFloorId(), event.toFloorName()), event.decidedBy(), event.denyReason(),
                    event.at().toString());
        }
    }

    /** What a badge reader sends to {@code /app/badge}: {@code action} is CHECK_IN or CHECK_OUT. */
    public record BadgeMessage(String employeeNumber, String action) {
    }

    /** The answer on {@code /user/queue/badge}, echoing the badge so a reader can match it to its request. */
    public record BadgeReply(boolean ok, String message, String employeeNumber, String action) {
    }
}
