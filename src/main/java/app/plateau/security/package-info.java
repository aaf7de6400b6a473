/**
 * Accounts, roles and sign-in: the login view, the security configuration and the per-site check
 * that every service makes. It depends on no feature.
 */
package app.plateau.security;
