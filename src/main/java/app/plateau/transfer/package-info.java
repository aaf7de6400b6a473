/**
 * Floor-move requests and their decisions: asked by an agent or their lead, approved or denied by
 * a site manager (or by a floor's automatic rule), holding a place on the target floor through the
 * occupancy ledger until arrival or expiry.
 */
package app.plateau.transfer;
