package org.coopbank.shared;

import java.math.BigDecimal;

/** Amounts the Indian way: ₹2,77,895.80 (lakh and crore grouping: the last three digits, then pairs). */
public final class IndianFormat {

    private IndianFormat() {
    }

    /** {@code 277895.8} → {@code 2,77,895.80}; negative amounts keep their sign in front. */
    public static String grouped(Money money) {
        BigDecimal a = money.amount();
        String plain = a.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "00" : plain.substring(dot + 1);
        StringBuilder out = new StringBuilder();
        int n = whole.length();
        if (n <= 3) {
            out.append(whole);
        } else {
            String head = whole.substring(0, n - 3);
            int first = head.length() % 2;
            if (first == 1) {
                out.append(head.charAt(0)).append(',');
            }
            for (int i = first; i < head.length(); i += 2) {
                out.append(head, i, i + 2).append(',');
            }
            out.append(whole.substring(n - 3));
        }
        return (a.signum() < 0 ? "-" : "") + out + "." + fraction;
    }

    /** With the rupee sign: {@code ₹2,77,895.80}. */
    public static String rupees(Money money) {
        String g = grouped(money);
        return g.startsWith("-") ? "-₹" + g.substring(1) : "₹" + g;
    }
}
