/** Sites, floors with their sanitary caps, teams and people, and the import of a site's staff roster. */
package app.plateau.organisation;
