/**
 * The STOMP feed for devices over WebSocket ({@code /ws}): badge readers, entrance screens and
 * third-party programs sign in with a device token, read their site's occupancy and move
 * decisions, and badge readers report check-ins and check-outs. Nothing depends on this package.
 */
package app.plateau.feed;
