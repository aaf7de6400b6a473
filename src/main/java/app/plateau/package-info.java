/** The application: its entry point, clock and app shell (push and theme). */
package app.plateau;
