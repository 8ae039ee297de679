package org.coopbank.security.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.coopbank.shared.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String MOBILE = "9876512345";

    private static String refusal(String password) {
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> PasswordPolicy.check(password, MOBILE));
        assertEquals(PasswordPolicy.FIELD, e.violations().get(0).getKey());
        return e.violations().get(0).getValue();
    }

    @Test
    void shortPasswords_areRefused() {
        assertEquals("must be 8 to 64 characters long", refusal("Ab1!x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefgh1", "Abcdefgh!", "12345678!", "Sunflower9"})
    void withoutALetterADigitAndASymbol_isRefused(String password) {
        assertEquals("must contain a letter, a digit and a symbol (such as @ # ! or %)", refusal(password));
    }

    @Test
    void containingTheMobile_isRefused() {
        assertEquals("must not contain your mobile number", refusal("Tiger#9876512345"));
        assertEquals("must not contain your mobile number", refusal("Tiger#512345x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password@123", "P@ssw0rd1!", "Welcome@2026", "India@123", "@dmin123", "123Qwerty!", "Welc0me#1"})
    void commonPasswords_evenDressedUp_areRefused(String password) {
        assertEquals("is too common and easy to guess: choose another one", refusal(password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Portal@2026", "Thr0ttle!pw", "Mango#Tree42", "kV8%qzL2"})
    void strongPasswords_pass(String password) {
        assertDoesNotThrow(() -> PasswordPolicy.check(password, MOBILE));
    }

    @Test
    void codes_areDigitsOfTheRightLength_andTicketsCarry256Bits() {
        for (int i = 0; i < 200; i++) {
            assertEquals(6, Secrets.digits(6).chars().filter(Character::isDigit).count());
        }
        assertEquals(43, Secrets.ticket().length());
        assertEquals("XXXXXX2345", Secrets.maskMobile(MOBILE));
    }

    @Test
    void smsJson_isEscaped() {
        assertEquals("{\"to\":\"9876512345\",\"text\":\"say \\\"hi\\\"\\n\\\\ok\"}", HttpSmsSender.json(MOBILE, "say \"hi\"\n\\ok"));
    }
}
