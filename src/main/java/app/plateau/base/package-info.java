/** What every feature shares: domain exceptions and the translated texts. */
package app.plateau.base;
