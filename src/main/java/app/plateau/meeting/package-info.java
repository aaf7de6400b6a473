/**
 * Virtual meetings that replace physical ones: booking video and phone meetings, recurring
 * series, conference bridges and their line capacity, conflicts, calendars and reminders, and the
 * physical-meeting exception that a site manager decides.
 */
package app.plateau.meeting;
