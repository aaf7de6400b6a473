/** The administration views of sites, floors, teams and people, and the pickers they share. */
package app.plateau.organisation.ui;
