package org.opentreatment.directory.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentreatment.directory.shared.Settings;
import org.opentreatment.directory.shared.Text;

/**
 * Password hashing with Jakarta Security's PBKDF2, at a cost set here rather than its default
 * (2,048 iterations, far too few): HMAC-SHA-512, 210,000 iterations (OWASP's figure), a 32-byte
 * salt. A stored hash names its own algorithm, iterations and salt, so raising the cost later
 * leaves old hashes readable; they are rehashed at the next sign-in.
 */
@ApplicationScoped
public class Passwords {

    static final int DEFAULT_ITERATIONS = 210_000;
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    @Inject Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = Settings.PASSWORD_ITERATIONS, defaultValue = "210000")
    int iterations;

    /**
     * Checked against when there is no account, so a wrong address costs what a wrong password
     * does.
     */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(
                Map.of(
                        "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                        "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations()),
                        "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                        "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("not anyone's password".toCharArray());
    }

    private int iterations() {
        // Never below the default in a running server: the setting exists to raise the cost.
        return Math.max(DEFAULT_ITERATIONS, iterations);
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    /** Whether the password matches; with no hash, the same work against a decoy, then false. */
    boolean matches(char[] password, String stored) {
        if (stored == null) {
            hash.verify(password, decoy);
            return false;
        }
        return hash.verify(password, stored);
    }

    /** Whether a hash was made at a lower cost than today's, and should be made again. */
    boolean weakerThanToday(String stored) {
        String[] parts = stored.split(":");
        return parts.length < 2
                || !parts[0].equals("PBKDF2WithHmacSHA512")
                || Integer.parseInt(parts[1]) < iterations();
    }

    /**
     * What is wrong with a new password, if anything: at least 12 characters and at most 128 (long
     * passphrases welcome, no rules about kinds of characters), and not the account's own address.
     */
    static Optional<Text> problem(char[] password, String email) {
        String text = password == null ? "" : new String(password);
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Text.of("account.password.short", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Text.of("account.password.long", MAX_LENGTH));
        }
        if (email != null && text.strip().equalsIgnoreCase(email.strip())) {
            return Optional.of(Text.of("account.password.email"));
        }
        if (text.codePoints().distinct().count() < 4) {
            return Optional.of(Text.of("account.password.repetitive"));
        }
        return Optional.empty();
    }
}
