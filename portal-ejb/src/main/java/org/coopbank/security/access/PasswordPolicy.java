package org.coopbank.security.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.coopbank.shared.ValidationFailedException;

/**
 * The portal password rule: 8 to 64 characters with a letter, a digit and a symbol; not containing the mobile number;
 * not a common password. "Common" is checked on the word left after lower-casing, undoing leet spellings
 * ({@code @→a, 0→o, 1→i, 3→e, $→s, 5→s, 7→t, 4→a}) and dropping digits and symbols, so {@code P@ssw0rd123!} and
 * {@code Welcome@2026} are refused. Refusals are {@link ValidationFailedException}s on field {@code newPassword} whose
 * message says what to change.
 */
public final class PasswordPolicy {

    public static final String FIELD = "newPassword";
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static void check(String password, String mobile) {
        if (password == null || password.length() < 8 || password.length() > 64) {
            throw refuse("must be 8 to 64 characters long");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)
                || password.chars().allMatch(Character::isLetterOrDigit)) {
            throw refuse("must contain a letter, a digit and a symbol (such as @ # ! or %)");
        }
        if (password.chars().anyMatch(Character::isWhitespace) || password.chars().anyMatch(Character::isISOControl)) {
            throw refuse("must not contain spaces");
        }
        if (mobile != null && mobile.length() >= 4 && containsDigits(password, mobile)) {
            throw refuse("must not contain your mobile number");
        }
        if (isCommon(password)) {
            throw refuse("is too common and easy to guess: choose another one");
        }
    }

    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String lettersOnly = lower.replaceAll("[^a-z]", "");
        int to = lower.length();
        while (to > 0 && !Character.isLetter(lower.charAt(to - 1))) {
            to--;
        }
        int from = 0;
        while (from < to && Character.isDigit(lower.charAt(from))) {
            from++;
        }
        String core = unLeet(lower.substring(from, to)).replaceAll("^[^a-z]+|[^a-z]+$", "");
        return lettersOnly.length() < 3 || COMMON.contains(lower) || COMMON.contains(core) || COMMON.contains(lettersOnly)
                || COMMON.contains(core.replaceAll("[^a-z]", ""));
    }

    private static String unLeet(String s) {
        StringBuilder word = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            word.append(switch (ch) {
                case '@', '4' -> 'a';
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '$', '5' -> 's';
                case '7' -> 't';
                default -> ch;
            });
        }
        return word.toString();
    }

    private static boolean containsDigits(String password, String mobile) {
        String digits = password.replaceAll("\\D", "");
        return digits.contains(mobile) || (mobile.length() == 10 && digits.contains(mobile.substring(4)));
    }

    private static ValidationFailedException refuse(String why) {
        return new ValidationFailedException(FIELD, why);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
