/** Screens of hygiene rounds: the rounds due, the tablet checklist, templates and corrective actions. */
package app.plateau.hygiene.ui;
