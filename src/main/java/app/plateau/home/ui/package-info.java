/** The start page of each role, and the root route that sends a signed-in user to theirs. */
package app.plateau.home.ui;
