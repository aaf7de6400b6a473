/**
 * Daily hygiene rounds of the floors (charter measure 1): checklist templates, their schedules,
 * rounds due, done on time, late or missed, failed items and their corrective actions.
 */
package app.plateau.hygiene;
