package org.coopbank.shared;

/** Account number rules: generation with a Luhn check digit, and the customer-facing mask. */
public final class AccountNumbers {

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
