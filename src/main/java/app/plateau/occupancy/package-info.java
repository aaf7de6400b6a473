/**
 * Who is on which floor now: the presence ledger that keeps every floor within its sanitary cap
 * inside the database transaction, the movement journal, the live occupancy board, entrance
 * displays and the devices that open them.
 */
package app.plateau.occupancy;
