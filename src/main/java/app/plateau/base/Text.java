package app.plateau.base;

/** A message argument that is itself a message key, translated in the reader's language. */
public record Text(String key) {
}
