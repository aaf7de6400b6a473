package app.plateau.base;

/** What the shared layout shows of whoever is signed in, without knowing how accounts are kept. */
public interface SignedInUser {

    String displayName();
}
