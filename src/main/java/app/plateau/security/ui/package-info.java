/** The login page and the page where anyone signed in changes their own password. */
package app.plateau.security.ui;
