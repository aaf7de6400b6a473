package app.plateau.security;

import app.plateau.base.DomainException;
import java.security.SecureRandom;

/** How long a password must be, and how temporary ones are made. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** BCrypt reads no more than 72 bytes. */
    public static final int MAX_LENGTH = 72;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new DomainException("password.error.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new DomainException("password.error.too-long", MAX_LENGTH);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new DomainException("password.error.same-as-username");
        }
    }

    static String temporary() {
        StringBuilder password = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
