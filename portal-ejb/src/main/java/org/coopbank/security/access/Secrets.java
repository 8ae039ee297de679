package org.coopbank.security.access;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random codes and tickets from {@link SecureRandom}, and their bcrypt hashes ({@code $2a$}, cost 10: the modular-crypt
 * format the customer realm verifies). Never logs or keeps a secret.
 */
final class Secrets {

    static final int COST = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A hash of a random secret: what an unknown mobile's code is checked against, so it costs the same time. */
    static final String DUMMY_HASH = hash(ticket());

    private Secrets() {
    }

    /** {@code digits} decimal digits, uniformly random, leading zeros kept. */
    static String digits(int digits) {
        StringBuilder sb = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            sb.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return sb.toString();
    }

    /** 256 random bits, URL-safe Base64 without padding (43 characters). */
    static String ticket() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        return new String(BCrypt.with(BCrypt.Version.VERSION_2A).hash(COST, secret.toCharArray()), StandardCharsets.UTF_8);
    }

    static boolean matches(String secret, String hash) {
        if (secret == null || hash == null || secret.length() > 72) {
            BCrypt.verifyer().verify("x".toCharArray(), DUMMY_HASH.toCharArray());
            return false;
        }
        return BCrypt.verifyer().verify(secret.toCharArray(), hash.toCharArray()).verified;
    }

    /** {@code XXXXXX1234}: how a mobile number is shown to staff and in texts. */
    static String maskMobile(String mobile) {
        if (mobile == null || mobile.length() < 4) {
            return "XXXXXX";
        }
        return "XXXXXX" + mobile.substring(mobile.length() - 4);
    }
}
