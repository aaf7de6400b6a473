/** Screens for meetings: the agenda, the booking form, bridges and rooms, physical-meeting requests. */
package app.plateau.meeting.ui;
