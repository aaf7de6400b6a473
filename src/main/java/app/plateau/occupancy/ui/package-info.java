/** The occupancy board, the entrance display (kiosk), movement history and device administration. */
package app.plateau.occupancy.ui;
