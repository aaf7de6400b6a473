package app.plateau.occupancy;

import app.plateau.base.DomainException;

/**
 * A floor had no room left (or was closed) when a check-in or an approval asked for a place. The
 * refusal itself is evidence for the charter, so the transaction that meets it commits its journal
 * line: it is declared in {@code noRollbackFor} by every method that may throw it, and nothing else
 * is written before the place is asked for.
 */
public class CapacityRefused extends DomainException {

    public CapacityRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
