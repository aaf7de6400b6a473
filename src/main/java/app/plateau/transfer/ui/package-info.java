/** The agent's floor page (check-in, move request, live answer) and the site manager's inbox. */
package app.plateau.transfer.ui;
