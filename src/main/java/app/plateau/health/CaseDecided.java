package app.plateau.health;

/** The health officer decided on a case; the person's team lead (if any) is to be told, without medical details. */
record CaseDecided(long siteId, Long leadPersonId) {
}
