package org.coopbank.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void roundsHalfUpToPaise() {
        assertEquals("10.01", Money.of(new BigDecimal("10.005")).toString());
        assertEquals("10.00", Money.of(new BigDecimal("10.0049")).toString());
        assertEquals("-10.01", Money.of(new BigDecimal("-10.005")).toString());
    }

    @Test
    void equalityIgnoresScale() {
        assertEquals(Money.of("5"), Money.of("5.00"));
        assertEquals(Money.of("5").hashCode(), Money.of("5.00").hashCode());
    }

    @Test
    void paiseRoundTrip() {
        assertEquals(123456L, Money.of("1234.56").toPaise());
        assertEquals(Money.of("1234.56"), Money.ofPaise(123456));
    }

    @Test
    void arithmeticStaysExact() {
        Money sum = Money.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Money.of("0.10"));
        }
        assertEquals(Money.of("1.00"), sum);
        assertTrue(Money.of("1").minus(Money.of("1.01")).isNegative());
    }

    @Test
    void positiveAmount_refusesZeroNegativeAndSubPaise() {
        assertThrows(InvalidAmountException.class, () -> Validation.positiveAmount(BigDecimal.ZERO));
        assertThrows(InvalidAmountException.class, () -> Validation.positiveAmount(new BigDecimal("-1")));
        assertThrows(InvalidAmountException.class, () -> Validation.positiveAmount(new BigDecimal("1.001")));
        assertThrows(InvalidAmountException.class, () -> Validation.positiveAmount((BigDecimal) null));
        assertEquals(Money.of("1.50"), Validation.positiveAmount(new BigDecimal("1.500")));
    }

    @Test
    void accountNumbers_maskAndCheckDigit() {
        String n = AccountNumbers.generate("001", "10", 1234);
        assertEquals(12, n.length());
        assertTrue(AccountNumbers.isValid(n));
        assertEquals("XXXX" + n.substring(8), AccountNumbers.mask(n));
        String typo = n.substring(0, 5) + ((n.charAt(5) - '0' + 1) % 10) + n.substring(6);
        assertFalse(AccountNumbers.isValid(typo));
    }
}
