package app.plateau.occupancy;

import app.plateau.occupancy.PendingMoves.FloorMoves;

/** A floor as the board shows it: who is present, places held for moves, and its cap. */
public record FloorLoad(long floorId, String name, int level, int present, int reserved, int cap, boolean open,
        String closedReason, FloorMoves moves) {

    /** Warning from 80% of the cap. */
    public static final int AMBER_PERCENT = 80;

    public enum Tone { GREEN, AMBER, RED }

    /** Places counted against the cap: people present and places held for approved moves and returns. */
    public int held() {
        return present + reserved;
    }

    public boolean full() {
        return held() >= cap;
    }

    public int free() {
        return Math.max(0, cap - held());
    }

    public int percent() {
        return cap == 0 ? 100 : Math.min(100, Math.round(held() * 100f / cap));
    }

    public Tone tone() {
        if (full()) {
            return Tone.RED;
        }
        return held() * 100 >= cap * AMBER_PERCENT ? Tone.AMBER : Tone.GREEN;
    }
}
