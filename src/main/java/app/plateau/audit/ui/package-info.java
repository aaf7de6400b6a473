/** The compliance dashboard. */
package app.plateau.audit.ui;
