package app.plateau.base;

/** What the shared layout shows of whoever is signed in, without knowing how accounts are kept. */
public interface SignedInUser {

    String displayName();

    /** The account's site; {@code null} for a global administrator. */
    Long siteId();

    /** The staff member the account belongs to; {@code null} for an account that is no one on the floors. */
    Long personId();
}
