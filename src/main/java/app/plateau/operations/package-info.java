/**
 * What operators see: liveness and readiness probes and Prometheus metrics on the management port,
 * behind an operator credential of their own, and Plateau's own figures counted from committed
 * events. No feature depends on it.
 */
package app.plateau.operations;
