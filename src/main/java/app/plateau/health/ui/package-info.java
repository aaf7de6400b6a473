/** The health officer's screens: temperature checks, symptom cases, contact lists. */
package app.plateau.health.ui;
