package app.plateau.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's BCrypt, noting the hash of every password check: how a test sees which attempts
 * reached an account's real hash, and that each answer cost one check, without timing anything.
 */
public final class CountingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder();
    private final List<String> checkedHashes = new ArrayList<>();

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        synchronized (checkedHashes) {
            checkedHashes.add(encodedPassword);
        }
        return bcrypt.matches(rawPassword, encodedPassword);
    }

    /** How many checks were made so far: a mark to pass to {@link #checkedSince}. */
    public int mark() {
        synchronized (checkedHashes) {
            return checkedHashes.size();
        }
    }

    /** The hashes checked since the mark, one per check. */
    public List<String> checkedSince(int mark) {
        synchronized (checkedHashes) {
            return new ArrayList<>(checkedHashes.subList(mark, checkedHashes.size()));
        }
    }
}
