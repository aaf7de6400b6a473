/** The demo site seeded once on the embedded database, so that a newcomer can try every role. */
package app.plateau.demo;
