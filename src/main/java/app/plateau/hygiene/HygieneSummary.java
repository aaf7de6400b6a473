package app.plateau.hygiene;

/**
 * Hygiene rounds over a date range, for the charter dashboard: rounds done on time, done late and
 * missed (rounds still open are not counted), and failures opened in the range that are still open,
 * with how many of them are of critical items and how many are past their deadline.
 */
public record HygieneSummary(long onTime, long late, long missed, long openFailures, long openCriticalFailures,
        long overdueActions) {
}
