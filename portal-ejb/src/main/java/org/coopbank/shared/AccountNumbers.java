package org.coopbank.shared;

import java.util.regex.Pattern;

/** Account number rules: generation with a Luhn check digit, and the customer-facing mask. */
public final class AccountNumbers {

    /** A free-standing run of 8 or more digits: not part of a word like a loan or FD number (LN0010000052). */
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("(?<![A-Za-z0-9])\\d{8,}(?!\\d)");

    private AccountNumbers() {
    }

    /** {@code XXXX} + the last four digits, for every customer-facing output and every log line. */
    public static String mask(String number) {
        if (number == null || number.length() < 4) {
            return "XXXX";
        }
        return "XXXX" + number.substring(number.length() - 4);
    }

    /** branch code (3) + product code (2) + serial (at least 6) + Luhn check digit. */
    /**
     * Free text shown to a customer (a narration, an alert, a receipt line): any free-standing run of 8 or more digits
     * (an account number, a card-like number) becomes XXXX + its last four; the customer's own loan and FD numbers
     * (letters first, e.g. LN0010000052) stay as they are, so they match what the portal shows. {@code null} stays null.
     */
    public static String maskInText(String text) {
        return text == null ? null : NUMBER_IN_TEXT.matcher(text).replaceAll(m -> mask(m.group()));
    }

    public static String generate(String branchCode, String productCode, long serial) {
        String body = branchCode + productCode + String.format("%06d", serial);
        return body + luhnDigit(body);
    }

    public static boolean isValid(String number) {
        if (number == null || !number.matches("\\d{12,}")) {
            return false;
        }
        String body = number.substring(0, number.length() - 1);
        return luhnDigit(body) == number.charAt(number.length() - 1) - '0';
    }

    static int luhnDigit(String digits) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }
}
