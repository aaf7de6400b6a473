/**
 * Health follow-up (charter measures 2 and 3): temperature checks, symptom cases and the health
 * officer's decisions, contact lists from the presence history. Health records are the health
 * officer's alone; every read of one is logged, and records past their retention are deleted.
 */
package app.plateau.health;
