/**
 * The charter's evidence for auditors and site managers: for a site and a range of days, one row per
 * measure with the figures that show it is applied.
 */
package app.plateau.audit;
