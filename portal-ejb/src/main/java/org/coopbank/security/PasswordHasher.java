package org.coopbank.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.coopbank.shared.ValidationFailedException;

@ApplicationScoped
public class PasswordHasher {

    static final int COST = 10;

    /** Checks the password policy (8 to 64 characters, a letter and a digit) and returns its bcrypt hash. */
    public String hash(String rawPassword) {
        checkPolicy(rawPassword);
        return new String(BCrypt.with(BCrypt.Version.VERSION_2A).hash(COST, rawPassword.toCharArray()),
                StandardCharsets.UTF_8);
    }

    public boolean matches(String rawPassword, String hash) {
        if (rawPassword == null || hash == null) {
            return false;
        }
        return BCrypt.verifyer().verify(rawPassword.toCharArray(), hash.toCharArray()).verified;
    }

    static void checkPolicy(String raw) {
        if (raw == null || raw.length() < 8 || raw.length() > 64) {
            throw new ValidationFailedException("password", "must be 8 to 64 characters");
        }
        if (raw.chars().noneMatch(Character::isLetter) || raw.chars().noneMatch(Character::isDigit)) {
            throw new ValidationFailedException("password", "must contain a letter and a digit");
        }
    }
}
