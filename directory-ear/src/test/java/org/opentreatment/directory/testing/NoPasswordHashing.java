package org.opentreatment.directory.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * For in-container tests that sign no one in: Jakarta Security provides its password hash only to a
 * deployment that uses its authentication (not yet the case here: the sign-in is being built), so
 * this stands in for it, and an enabled alternative wins over the real one once it is there.
 */
@Dependent
@Alternative
@Priority(1)
public class NoPasswordHashing implements Pbkdf2PasswordHash {

    @Override
    public void initialize(Map<String, String> parameters) {}

    @Override
    public String generate(char[] password) {
        return "not-a-hash";
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
        return false;
    }
}
