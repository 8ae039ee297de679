package org.coopbank.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.coopbank.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerificationCodeTest {

    private static final byte[] KEY = "a test key of at least thirty-two characters".getBytes(StandardCharsets.UTF_8);
    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate TO = LocalDate.of(2027, 3, 31);
    private final VerificationCode codes = new VerificationCode(KEY);

    @Test
    void theCode_isCbvAndTwelveCrockfordCharacters_andTheSameForTheSameStatement() {
        String code = codes.of("001100000123", FROM, TO, Money.of("2500.00"));
        assertTrue(code.matches("CBV-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), code);
        assertEquals(code, codes.of("001100000123", FROM, TO, Money.of("2500")));
    }

    @Test
    void changingTheAccountPeriodClosingBalanceOrKey_changesTheCode() {
        String code = codes.of("001100000123", FROM, TO, Money.of("2500.00"));
        assertNotEquals(code, codes.of("001100000124", FROM, TO, Money.of("2500.00")));
        assertNotEquals(code, codes.of("001100000123", FROM.plusDays(1), TO, Money.of("2500.00")));
        assertNotEquals(code, codes.of("001100000123", FROM, TO.minusDays(1), Money.of("2500.00")));
        assertNotEquals(code, codes.of("001100000123", FROM, TO, Money.of("2500.01")));
        assertNotEquals(code, new VerificationCode("another key of at least thirty-two characters!"
                .getBytes(StandardCharsets.UTF_8)).of("001100000123", FROM, TO, Money.of("2500.00")));
    }

    @Test
    void matching_forgivesCaseSpacesDashesAndLookAlikes_butNothingElse() {
        String code = codes.of("001100000123", FROM, TO, Money.of("2500.00"));
        String typed = code.toLowerCase().replace("-", " ").replace('0', 'o').replace('1', 'l');
        assertTrue(codes.matches(typed, "001100000123", FROM, TO, Money.of("2500.00")));
        assertTrue(codes.matches(code.substring(4), "001100000123", FROM, TO, Money.of("2500.00")), "without the CBV prefix");
        assertFalse(codes.matches(code, "001100000123", FROM, TO, Money.of("2500.10")));
        char last = code.charAt(code.length() - 1);
        String altered = code.substring(0, code.length() - 1) + (last == 'Z' ? 'Y' : (char) (last + 1));
        assertFalse(codes.matches(altered, "001100000123", FROM, TO, Money.of("2500.00")));
        assertFalse(codes.matches("nonsense", "001100000123", FROM, TO, Money.of("2500.00")));
        assertEquals(Optional.empty(), VerificationCode.normalise("CBV-UUUU-0000-0000"), "U is not in the alphabet");
    }

    @Test
    void aShortKey_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VerificationCode(new byte[16]));
    }

    @Test
    void theGeneratedKey_isMadeOnce_keptOwnerOnly_andReadBackTheSame(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("coopbank").resolve("statement-mac.key");
        byte[] first = StatementKey.generatedOnce(file);
        byte[] second = StatementKey.generatedOnce(file);
        assertTrue(first.length >= 32);
        assertEquals(new String(first, StandardCharsets.US_ASCII), new String(second, StandardCharsets.US_ASCII));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
