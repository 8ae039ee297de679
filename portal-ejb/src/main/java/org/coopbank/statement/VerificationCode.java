package org.coopbank.statement;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.coopbank.shared.Money;

/**
 * The code printed on every page of a statement: {@code CBV-XXXX-XXXX-XXXX}, twelve Crockford base-32 characters
 * (60 bits) of HMAC-SHA256 over the full account number, the period and the closing balance. Without the key nobody
 * can make a code that checks out; changing any of the four values makes it fail. Container-free.
 */
public final class VerificationCode {

    static final String PREFIX = "CBV";
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
    private static final int CHARS = 12;

    private final byte[] key;

    public VerificationCode(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the statement key must have at least 32 bytes");
        }
        this.key = key.clone();
    }

    /** The code of a statement, e.g. {@code CBV-7K2M-Q9XD-40TR}. */
    public String of(String accountNumber, LocalDate from, LocalDate to, Money closing) {
        byte[] mac = mac(message(accountNumber, from, to, closing));
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (mac[i] & 0xff);
        }
        bits >>>= 4; // the top 60 bits
        char[] c = new char[CHARS];
        for (int i = CHARS - 1; i >= 0; i--) {
            c[i] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        String s = new String(c);
        return PREFIX + "-" + s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8);
    }

    /** True if {@code typed} (any case, spaces or dashes, O for 0 and I or L for 1 forgiven) is the code; constant time. */
    public boolean matches(String typed, String accountNumber, LocalDate from, LocalDate to, Money closing) {
        String expected = of(accountNumber, from, to, closing);
        String given = normalise(typed).orElse("CBV-____-____-____");
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    /** The typed code in its printed form, or empty when it cannot be a code at all. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (s.startsWith(PREFIX)) {
            s = s.substring(PREFIX.length());
        }
        s = s.replace('O', '0').replace('I', '1').replace('L', '1');
        if (s.length() != CHARS || !s.chars().allMatch(ch -> ALPHABET.indexOf(ch) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(PREFIX + "-" + s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8));
    }

    static String message(String accountNumber, LocalDate from, LocalDate to, Money closing) {
        return "coopbank-statement-v1\n" + accountNumber + "\n" + from + "\n" + to + "\n" + closing.amount().toPlainString();
    }

    private byte[] mac(String message) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return m.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
